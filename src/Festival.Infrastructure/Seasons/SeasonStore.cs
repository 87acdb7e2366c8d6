using Festival.Application.Seasons;
using Festival.Domain.Seasons;
using Festival.Domain.Syllabus;
using Festival.Infrastructure.Persistence;

namespace Festival.Infrastructure.Seasons;

internal sealed class SeasonStore(FestivalDbContext db) : ISeasons
{
    public Task<Season?> FindAsync(string name, CancellationToken cancellationToken) =>
        db.Seasons.SingleOrDefaultAsync(s => s.Name == name, cancellationToken);

    public Task<Season?> FindAsync(int id, CancellationToken cancellationToken) =>
        db.Seasons.SingleOrDefaultAsync(s => s.Id == id, cancellationToken);

    public Task<Season?> CurrentAsync(CancellationToken cancellationToken) =>
        db.Seasons.SingleOrDefaultAsync(s => s.IsCurrent, cancellationToken);

    public async Task<IReadOnlyList<SeasonSummary>> ListAsync(CancellationToken cancellationToken) =>
        await db.Seasons.AsNoTracking()
            .OrderByDescending(s => s.CreatedAt).ThenByDescending(s => s.Id)
            .Select(s => new SeasonSummary(
                s.Id, s.Name, s.FestivalName, s.AgeDate, s.StartsOn, s.EndsOn, s.EntriesOpenAt, s.EntriesCloseAt, s.IsCurrent,
                db.Classes.Count(c => c.SeasonId == s.Id),
                db.Entries.Count(e => e.SeasonId == s.Id)))
            .ToListAsync(cancellationToken);

    public async Task AddAsync(Season season, CancellationToken cancellationToken)
    {
        db.Seasons.Add(season);
        await db.SaveChangesAsync(cancellationToken);
    }

    public Task SaveAsync(CancellationToken cancellationToken) => db.SaveChangesAsync(cancellationToken);

    public async Task<int> CopySyllabusAsync(int fromSeasonId, int toSeasonId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var classes = await db.Classes.AsNoTracking().Where(c => c.SeasonId == fromSeasonId).ToListAsync(cancellationToken);
        foreach (var source in classes)
        {
            var copy = new FestivalClass(toSeasonId, source.Number, source.Suffix, source.Name, at);
            copy.Update(source.Details(), at);
            db.Classes.Add(copy);
        }

        await db.SaveChangesAsync(cancellationToken);
        return classes.Count;
    }
}
