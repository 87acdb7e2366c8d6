using Festival.Application.Scheduling.Timetable;
using Festival.Domain.Scheduling;
using Festival.Infrastructure.Persistence;

namespace Festival.Infrastructure.Scheduling;

internal sealed class TimetableFeedStore(FestivalDbContext db) : ITimetableFeeds
{
    public Task<TimetableFeed?> FindByTokenAsync(string token, CancellationToken cancellationToken) =>
        db.TimetableFeeds.SingleOrDefaultAsync(f => f.Token == token, cancellationToken);

    public async Task<IReadOnlyList<TimetableFeed>> ForPeopleAsync(IReadOnlyCollection<int> personIds, CancellationToken cancellationToken) =>
        await db.TimetableFeeds.Where(f => personIds.Contains(f.PersonId)).ToListAsync(cancellationToken);

    public async Task<IReadOnlyCollection<int>> EntriesTaughtAsync(int personId, int seasonId, CancellationToken cancellationToken) =>
        await db.Entries.Where(e => e.SeasonId == seasonId && e.TeacherId == personId).Select(e => e.Id).ToListAsync(cancellationToken);

    public void Add(TimetableFeed feed) => db.TimetableFeeds.Add(feed);

    public Task SaveAsync(CancellationToken cancellationToken) => db.SaveChangesAsync(cancellationToken);
}
