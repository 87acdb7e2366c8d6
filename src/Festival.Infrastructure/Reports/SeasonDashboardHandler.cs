using Festival.Application.Reports.Season;
using Festival.Application.Seasons;
using Festival.Infrastructure.Persistence;
using MediatR;

namespace Festival.Infrastructure.Reports;

/// <summary>The season dashboard: counts and sums in SQL, grouped per discipline by the database.</summary>
internal sealed class SeasonDashboardHandler(FestivalDbContext db, ISeasons seasons) : IRequestHandler<SeasonDashboardQuery, Result<SeasonDashboard>>
{
    public async Task<Result<SeasonDashboard>> Handle(SeasonDashboardQuery request, CancellationToken cancellationToken)
    {
        var season = await seasons.ResolveAsync(request.Season, cancellationToken);
        if (!season.Succeeded)
        {
            return Result<SeasonDashboard>.Failed(season.Errors);
        }

        var seasonId = season.Value.Id;
        var entries = db.Entries.AsNoTracking().Where(e => e.SeasonId == seasonId);
        var classes = await db.Classes.CountAsync(c => c.SeasonId == seasonId, cancellationToken);
        var perDiscipline = await entries
            .Join(db.Classes, e => e.ClassId, c => c.Id, (e, c) => new { c.Discipline, e.FeeCents, PerEntry = c.AdjudicationSecondsPerEntry + c.WarmUpSecondsPerEntry })
            .GroupBy(x => x.Discipline)
            .Select(g => new { Discipline = g.Key, Entries = g.Count(), FeesCents = g.Sum(x => x.FeeCents), PerEntrySeconds = g.Sum(x => (long)x.PerEntry) })
            .ToListAsync(cancellationToken);
        var pieceSeconds = await entries
            .SelectMany(e => e.Pieces, (e, p) => new { e.ClassId, p.DurationSeconds })
            .Join(db.Classes, x => x.ClassId, c => c.Id, (x, c) => new { c.Discipline, x.DurationSeconds })
            .GroupBy(x => x.Discipline)
            .Select(g => new { Discipline = g.Key, Seconds = g.Sum(x => (long)x.DurationSeconds) })
            .ToDictionaryAsync(x => x.Discipline, x => x.Seconds, cancellationToken);
        var participants = await entries.SelectMany(e => e.Participants).Select(p => p.PersonId).Distinct().CountAsync(cancellationToken);
        var groups = await entries.Where(e => e.GroupId != null).Select(e => e.GroupId).Distinct().CountAsync(cancellationToken);

        var disciplines = perDiscipline
            .Select(d => new DisciplineLoad(d.Discipline.Length == 0 ? "(none)" : d.Discipline, d.Entries, d.PerEntrySeconds + pieceSeconds.GetValueOrDefault(d.Discipline)))
            .OrderByDescending(d => d.Entries).ThenBy(d => d.Discipline, StringComparer.Ordinal)
            .ToList();
        return Result<SeasonDashboard>.Success(new SeasonDashboard(
            season.Value.Name, season.Value.FestivalName, classes, perDiscipline.Sum(d => d.Entries), participants, groups,
            perDiscipline.Sum(d => d.FeesCents) / 100m, FeesPaid: 0m, disciplines.Sum(d => d.Seconds), disciplines));
    }
}
