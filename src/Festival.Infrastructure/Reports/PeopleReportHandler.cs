using Festival.Application.Reports.People;
using Festival.Application.Reports;
using Festival.Application.Seasons;
using Festival.Domain.People;
using Festival.Infrastructure.Persistence;
using MediatR;

namespace Festival.Infrastructure.Reports;

/// <summary>
/// The people report in SQL: the season's entries are turned into (who, entry, fee) rows for the kind asked, grouped per
/// person, group or school, joined to their names, then searched, sorted and paged.
/// </summary>
internal sealed class PeopleReportHandler(FestivalDbContext db, ISeasons seasons) : IRequestHandler<PeopleReportQuery, Result<PeopleReport>>
{
    public async Task<Result<PeopleReport>> Handle(PeopleReportQuery request, CancellationToken cancellationToken)
    {
        var season = await seasons.ResolveAsync(request.Season, cancellationToken);
        if (!season.Succeeded)
        {
            return Result<PeopleReport>.Failed(season.Errors);
        }

        var totals = Involvements(season.Value.Id, request.Kind)
            .GroupBy(i => i.Id)
            .Select(g => new { Id = g.Key, Entries = g.Count(), FeesCents = g.Sum(i => i.FeeCents) });
        var rows = request.Kind switch
        {
            PeopleReportKind.Groups => from t in totals
                                       join g in db.Groups on t.Id equals g.Id
                                       select new PeopleRow { Id = g.Id, Name = g.Name, Email = null, Roles = PersonRoles.None, Entries = t.Entries, FeesCents = t.FeesCents },
            PeopleReportKind.Schools => from t in totals
                                        join s in db.Schools on t.Id equals s.Id
                                        select new PeopleRow { Id = s.Id, Name = s.Name, Email = null, Roles = PersonRoles.None, Entries = t.Entries, FeesCents = t.FeesCents },
            _ => from t in totals
                 join p in db.People on t.Id equals p.Id
                 select new PeopleRow { Id = p.Id, Name = p.Name, Email = p.Email, Roles = p.Roles, Entries = t.Entries, FeesCents = t.FeesCents },
        };
        if (!string.IsNullOrWhiteSpace(request.Search))
        {
            var search = request.Search.Trim();
            rows = rows.Where(r => r.Name.Contains(search) || (r.Email != null && r.Email.Contains(search)));
        }

        var count = await rows.CountAsync(cancellationToken);
        var (page, skip, take) = ReportPaging.Normalize(request.Page, request.PageSize);
        var items = await Sorted(rows, request.Sort, request.Descending).Skip(skip).Take(take).ToListAsync(cancellationToken);
        var isPerson = request.Kind is PeopleReportKind.Participants or PeopleReportKind.Teachers or PeopleReportKind.Accompanists;
        var ids = items.Select(r => r.Id).ToList();
        var media = request.Kind == PeopleReportKind.Participants
            ? await db.MediaConsents.AsNoTracking().Where(c => c.SeasonId == season.Value.Id && ids.Contains(c.PersonId))
                .ToDictionaryAsync(c => c.PersonId, c => c.Granted ? "Yes" : "No", cancellationToken)
            : null;
        var list = new PagedList<PeopleReportRow>(
            [.. items.Select(r => new PeopleReportRow(r.Id, r.Name, r.Email, isPerson ? r.Roles.ToString() : string.Empty, r.Entries, r.FeesCents / 100m,
                media is null ? null : media.GetValueOrDefault(r.Id, "Not answered")))],
            page, request.PageSize == ReportPaging.All ? Math.Max(1, count) : take, count);
        return Result<PeopleReport>.Success(new PeopleReport(season.Value.Name, request.Kind, list));
    }

    /// <summary>Who takes part in which entry of the season, at what fee, for the kind of report asked: one row per (who, entry).</summary>
    private IQueryable<Involvement> Involvements(int seasonId, PeopleReportKind kind)
    {
        var entries = db.Entries.AsNoTracking().Where(e => e.SeasonId == seasonId);
        return kind switch
        {
            PeopleReportKind.Teachers => entries.Where(e => e.TeacherId != null)
                .Select(e => new Involvement { Id = e.TeacherId!.Value, EntryId = e.Id, FeeCents = e.FeeCents }),
            PeopleReportKind.Accompanists => entries.Where(e => e.AccompanistId != null)
                .Select(e => new Involvement { Id = e.AccompanistId!.Value, EntryId = e.Id, FeeCents = e.FeeCents }),
            PeopleReportKind.Groups => entries.Where(e => e.GroupId != null)
                .Select(e => new Involvement { Id = e.GroupId!.Value, EntryId = e.Id, FeeCents = e.FeeCents }),
            PeopleReportKind.Schools => entries
                .SelectMany(e => e.Participants, (e, p) => new { e.Id, e.FeeCents, p.PersonId })
                .Join(db.People.Where(p => p.SchoolId != null), x => x.PersonId, p => p.Id,
                    (x, p) => new Involvement { Id = p.SchoolId!.Value, EntryId = x.Id, FeeCents = x.FeeCents })
                .Union(entries.Where(e => e.GroupId != null)
                    .Join(db.Groups.Where(g => g.SchoolId != null), e => e.GroupId!.Value, g => g.Id,
                        (e, g) => new Involvement { Id = g.SchoolId!.Value, EntryId = e.Id, FeeCents = e.FeeCents })),
            _ => entries.SelectMany(e => e.Participants, (e, p) => new Involvement { Id = p.PersonId, EntryId = e.Id, FeeCents = e.FeeCents }),
        };
    }

    private static IQueryable<PeopleRow> Sorted(IQueryable<PeopleRow> rows, PeopleReportSort sort, bool descending) => (sort, descending) switch
    {
        (PeopleReportSort.Entries, false) => rows.OrderBy(r => r.Entries).ThenBy(r => r.Name).ThenBy(r => r.Id),
        (PeopleReportSort.Entries, true) => rows.OrderByDescending(r => r.Entries).ThenBy(r => r.Name).ThenBy(r => r.Id),
        (PeopleReportSort.Fees, false) => rows.OrderBy(r => r.FeesCents).ThenBy(r => r.Name).ThenBy(r => r.Id),
        (PeopleReportSort.Fees, true) => rows.OrderByDescending(r => r.FeesCents).ThenBy(r => r.Name).ThenBy(r => r.Id),
        (_, true) => rows.OrderByDescending(r => r.Name).ThenBy(r => r.Id),
        _ => rows.OrderBy(r => r.Name).ThenBy(r => r.Id),
    };

    private sealed class Involvement
    {
        public int Id { get; init; }

        public int EntryId { get; init; }

        public long FeeCents { get; init; }
    }

    private sealed class PeopleRow
    {
        public int Id { get; init; }

        public string Name { get; init; } = string.Empty;

        public string? Email { get; init; }

        public PersonRoles Roles { get; init; }

        public int Entries { get; init; }

        public long FeesCents { get; init; }
    }
}
