using Festival.Application.Reports.Repertoire;
using Festival.Application.Reports;
using Festival.Application.Seasons;
using Festival.Infrastructure.Persistence;
using MediatR;

namespace Festival.Infrastructure.Reports;

/// <summary>The repertoire report in SQL: pieces the season's entries perform, counted per entry, searched, sorted and paged; then the classes of the page's pieces.</summary>
internal sealed class RepertoireReportHandler(FestivalDbContext db, ISeasons seasons) : IRequestHandler<RepertoireReportQuery, Result<RepertoireReport>>
{
    public async Task<Result<RepertoireReport>> Handle(RepertoireReportQuery request, CancellationToken cancellationToken)
    {
        var season = await seasons.ResolveAsync(request.Season, cancellationToken);
        if (!season.Succeeded)
        {
            return Result<RepertoireReport>.Failed(season.Errors);
        }

        var seasonId = season.Value.Id;
        var uses = db.Entries.AsNoTracking().Where(e => e.SeasonId == seasonId)
            .SelectMany(e => e.Pieces, (e, p) => new { p.PieceId, EntryId = e.Id })
            .Distinct()
            .GroupBy(u => u.PieceId)
            .Select(g => new { PieceId = g.Key, Entries = g.Count() });
        var rows = from u in uses
                   join p in db.Pieces on u.PieceId equals p.Id
                   select new PieceRow { Id = p.Id, Title = p.Title, Composer = p.Composer, DurationSeconds = p.DurationSeconds, Entries = u.Entries };
        if (!string.IsNullOrWhiteSpace(request.Search))
        {
            var search = request.Search.Trim();
            rows = rows.Where(r => r.Title.Contains(search) || r.Composer.Contains(search));
        }

        var count = await rows.CountAsync(cancellationToken);
        var (page, skip, take) = ReportPaging.Normalize(request.Page, request.PageSize);
        var items = await Sorted(rows, request.Sort, request.Descending).Skip(skip).Take(take).ToListAsync(cancellationToken);

        var ids = items.Select(i => i.Id).ToList();
        var classes = await db.Entries.AsNoTracking().Where(e => e.SeasonId == seasonId)
            .SelectMany(e => e.Pieces, (e, p) => new { p.PieceId, e.ClassId })
            .Where(x => ids.Contains(x.PieceId))
            .Join(db.Classes, x => x.ClassId, c => c.Id, (x, c) => new { x.PieceId, c.Number, c.Suffix })
            .Distinct()
            .ToListAsync(cancellationToken);
        var classesOf = classes.GroupBy(c => c.PieceId).ToDictionary(
            g => g.Key, g => (IReadOnlyList<string>)[.. g.OrderBy(c => c.Number).ThenBy(c => c.Suffix, StringComparer.Ordinal).Select(c => $"{c.Number}{c.Suffix}")]);

        var list = new PagedList<RepertoireReportRow>(
            [.. items.Select(r => new RepertoireReportRow(r.Id, r.Title, r.Composer, r.DurationSeconds, r.Entries, classesOf.GetValueOrDefault(r.Id, [])))],
            page, request.PageSize == ReportPaging.All ? Math.Max(1, count) : take, count);
        return Result<RepertoireReport>.Success(new RepertoireReport(season.Value.Name, list));
    }

    private static IQueryable<PieceRow> Sorted(IQueryable<PieceRow> rows, RepertoireReportSort sort, bool descending) => (sort, descending) switch
    {
        (RepertoireReportSort.Composer, false) => rows.OrderBy(r => r.Composer).ThenBy(r => r.Title).ThenBy(r => r.Id),
        (RepertoireReportSort.Composer, true) => rows.OrderByDescending(r => r.Composer).ThenBy(r => r.Title).ThenBy(r => r.Id),
        (RepertoireReportSort.Duration, false) => rows.OrderBy(r => r.DurationSeconds).ThenBy(r => r.Title).ThenBy(r => r.Id),
        (RepertoireReportSort.Duration, true) => rows.OrderByDescending(r => r.DurationSeconds).ThenBy(r => r.Title).ThenBy(r => r.Id),
        (RepertoireReportSort.Entries, false) => rows.OrderBy(r => r.Entries).ThenBy(r => r.Title).ThenBy(r => r.Id),
        (RepertoireReportSort.Entries, true) => rows.OrderByDescending(r => r.Entries).ThenBy(r => r.Title).ThenBy(r => r.Id),
        (_, true) => rows.OrderByDescending(r => r.Title).ThenBy(r => r.Id),
        _ => rows.OrderBy(r => r.Title).ThenBy(r => r.Id),
    };

    private sealed class PieceRow
    {
        public int Id { get; init; }

        public string Title { get; init; } = string.Empty;

        public string Composer { get; init; } = string.Empty;

        public int DurationSeconds { get; init; }

        public int Entries { get; init; }
    }
}
