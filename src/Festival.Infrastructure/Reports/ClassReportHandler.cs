using Festival.Application.Reports.Classes;
using Festival.Application.Reports;
using Festival.Application.Seasons;
using Festival.Domain.Syllabus;
using Festival.Infrastructure.Persistence;
using MediatR;

namespace Festival.Infrastructure.Reports;

/// <summary>
/// The classes report in SQL: each class's entry count, fee total and piece time come from grouped passes over the season's
/// entries, joined to the classes; filters, sort and paging are part of the same query, and the totals add up the per-class sums.
/// </summary>
internal sealed class ClassReportHandler(FestivalDbContext db, ISeasons seasons) : IRequestHandler<ClassReportQuery, Result<ClassReport>>
{
    public async Task<Result<ClassReport>> Handle(ClassReportQuery request, CancellationToken cancellationToken)
    {
        var season = await seasons.ResolveAsync(request.Season, cancellationToken);
        if (!season.Succeeded)
        {
            return Result<ClassReport>.Failed(season.Errors);
        }

        var seasonId = season.Value.Id;
        var classes = db.Classes.AsNoTracking().Where(c => c.SeasonId == seasonId);
        if (!string.IsNullOrWhiteSpace(request.Discipline))
        {
            var discipline = request.Discipline.Trim();
            classes = classes.Where(c => c.Discipline == discipline);
        }

        if (!string.IsNullOrWhiteSpace(request.Level))
        {
            var level = request.Level.Trim();
            classes = classes.Where(c => c.Level == level);
        }

        if (request.Type is { } type)
        {
            classes = classes.Where(c => c.Type == type);
        }

        // Each aggregate is one grouped pass over the season's entries, joined to the classes: no per-class lookups.
        var entries = db.Entries.AsNoTracking().Where(e => e.SeasonId == seasonId);
        var entryTotals = entries.GroupBy(e => e.ClassId).Select(g => new { ClassId = g.Key, Entries = g.Count(), FeesCents = g.Sum(e => e.FeeCents) });
        var pieceTotals = entries.SelectMany(e => e.Pieces, (e, p) => new { e.ClassId, p.DurationSeconds })
            .GroupBy(x => x.ClassId).Select(g => new { ClassId = g.Key, Seconds = g.Sum(x => (long)x.DurationSeconds) });
        var rows = from c in classes
                   join t in entryTotals on c.Id equals t.ClassId into tj
                   from t in tj.DefaultIfEmpty()
                   join p in pieceTotals on c.Id equals p.ClassId into pj
                   from p in pj.DefaultIfEmpty()
                   select new ClassRow
                   {
                       Id = c.Id,
                       Number = c.Number,
                       Suffix = c.Suffix,
                       Name = c.Name,
                       Discipline = c.Discipline,
                       Level = c.Level,
                       Type = c.Type,
                       FeeCents = c.FeeCents,
                       Entries = (int?)t!.Entries ?? 0,
                       FeesCents = (long?)t!.FeesCents ?? 0,
                       TotalSeconds = ((long?)p!.Seconds ?? 0) + (long)(c.AdjudicationSecondsPerEntry + c.WarmUpSecondsPerEntry) * ((int?)t!.Entries ?? 0),
                   };
        if (request.HideEmpty)
        {
            rows = rows.Where(r => r.Entries > 0);
        }

        var (page, skip, take) = ReportPaging.Normalize(request.Page, request.PageSize);
        var items = await Sorted(rows, request.Sort, request.Descending).Skip(skip).Take(take).ToListAsync(cancellationToken);
        var totals = await TotalsAsync(rows, cancellationToken);
        var disciplines = await db.Classes.AsNoTracking().Where(c => c.SeasonId == seasonId).Select(c => c.Discipline).Distinct().OrderBy(d => d).ToListAsync(cancellationToken);
        var levels = await db.Classes.AsNoTracking().Where(c => c.SeasonId == seasonId).Select(c => c.Level).Distinct().OrderBy(l => l).ToListAsync(cancellationToken);

        var list = new PagedList<ClassReportRow>(
            [.. items.Select(r => new ClassReportRow(r.Id, $"{r.Number}{r.Suffix}", r.Name, r.Discipline, r.Level, r.Type.ToString(), r.Entries,
                r.FeeCents / 100m, r.FeesCents / 100m, r.TotalSeconds))],
            page, request.PageSize == ReportPaging.All ? Math.Max(1, totals.Classes) : take, totals.Classes);
        return Result<ClassReport>.Success(new ClassReport(season.Value.Name, list, totals, disciplines, levels));
    }

    /// <summary>The totals of every class the filter keeps (not only the page shown): the per-class sums, added up.</summary>
    private static async Task<ClassReportTotals> TotalsAsync(IQueryable<ClassRow> rows, CancellationToken cancellationToken)
    {
        var perClass = await rows.Select(r => new { r.Entries, r.FeesCents, r.TotalSeconds }).ToListAsync(cancellationToken);
        return new ClassReportTotals(perClass.Count, perClass.Sum(r => r.Entries), perClass.Sum(r => r.FeesCents) / 100m, perClass.Sum(r => r.TotalSeconds));
    }

    private static IQueryable<ClassRow> Sorted(IQueryable<ClassRow> rows, ClassReportSort sort, bool descending) => sort switch
    {
        ClassReportSort.Name => By(rows, r => r.Name, descending),
        ClassReportSort.Discipline => By(rows, r => r.Discipline, descending),
        ClassReportSort.Level => By(rows, r => r.Level, descending),
        ClassReportSort.Type => By(rows, r => r.Type, descending),
        ClassReportSort.Entries => By(rows, r => r.Entries, descending),
        ClassReportSort.Fee => By(rows, r => r.FeeCents, descending),
        ClassReportSort.TotalFees => By(rows, r => r.FeesCents, descending),
        ClassReportSort.TotalSeconds => By(rows, r => r.TotalSeconds, descending),
        _ => By(rows, r => r.Number, descending),
    };

    /// <summary>Sorted by <paramref name="key"/>, then by class number and suffix, so pages never overlap.</summary>
    private static IQueryable<ClassRow> By<TKey>(IQueryable<ClassRow> rows, System.Linq.Expressions.Expression<Func<ClassRow, TKey>> key, bool descending)
    {
        var ordered = descending ? rows.OrderByDescending(key) : rows.OrderBy(key);
        return descending ? ordered.ThenByDescending(r => r.Number).ThenByDescending(r => r.Suffix) : ordered.ThenBy(r => r.Number).ThenBy(r => r.Suffix);
    }

    /// <summary>The shape the database returns; a class, so the query can sort and filter by its members.</summary>
    private sealed class ClassRow
    {
        public int Id { get; init; }

        public int Number { get; init; }

        public string Suffix { get; init; } = string.Empty;

        public string Name { get; init; } = string.Empty;

        public string Discipline { get; init; } = string.Empty;

        public string Level { get; init; } = string.Empty;

        public ClassType Type { get; init; }

        public long FeeCents { get; init; }

        public int Entries { get; init; }

        public long FeesCents { get; init; }

        public long TotalSeconds { get; init; }
    }
}
