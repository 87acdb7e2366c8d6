using Festival.Application.Scheduling;
using Festival.Domain.People;
using Festival.Domain.Scheduling;
using Festival.Infrastructure.Persistence;

namespace Festival.Infrastructure.Scheduling;

internal sealed class ScheduleStore(FestivalDbContext db) : IScheduleStore
{
    public async Task<SeasonScheduleData> LoadAsync(int seasonId, CancellationToken cancellationToken)
    {
        var settings = await db.ScheduleSettings.AsNoTracking().SingleOrDefaultAsync(s => s.SeasonId == seasonId, cancellationToken)
            ?? ScheduleSettings.ForSeason(seasonId);
        var classes = await db.Classes.AsNoTracking().Where(c => c.SeasonId == seasonId).ToListAsync(cancellationToken);
        var entries = await db.Entries.AsNoTracking().Where(e => e.SeasonId == seasonId).AsSplitQuery().ToListAsync(cancellationToken);
        var groupIds = entries.Where(e => e.GroupId is not null).Select(e => e.GroupId!.Value).Distinct().ToList();
        var groups = await db.Groups.AsNoTracking().Where(g => groupIds.Contains(g.Id)).ToListAsync(cancellationToken);

        // Teacher links of anyone who performs this season, as participant or group member.
        var performers = entries.SelectMany(e => e.Participants.Select(p => p.PersonId))
            .Concat(groups.SelectMany(g => g.Members.Select(m => m.PersonId)))
            .Distinct()
            .ToList();
        var links = await db.PersonLinks.AsNoTracking()
            .Where(l => l.Kind == PersonLinkKind.Teacher && performers.Contains(l.OtherPersonId))
            .ToListAsync(cancellationToken);

        var sessions = await db.Sessions.AsNoTracking().Where(s => s.SeasonId == seasonId).ToListAsync(cancellationToken);
        var roomIds = sessions.Select(s => s.RoomId).Distinct().ToList();
        var rooms = await db.Rooms.AsNoTracking().Where(r => roomIds.Contains(r.Id)).ToListAsync(cancellationToken);
        var venueIds = rooms.Select(r => r.VenueId).Distinct().ToList();
        var venues = await db.Venues.AsNoTracking().Where(v => venueIds.Contains(v.Id)).ToListAsync(cancellationToken);
        var adjudicators = await db.Adjudicators.AsNoTracking().Where(a => a.SeasonId == seasonId).ToListAsync(cancellationToken);
        var scheduled = await db.ScheduledClasses.Where(c => c.SeasonId == seasonId).ToListAsync(cancellationToken);
        return new SeasonScheduleData(seasonId, settings, classes, entries, groups, links, venues, rooms, adjudicators, sessions, scheduled);
    }

    public Task<ScheduleSettings?> FindSettingsAsync(int seasonId, CancellationToken cancellationToken) =>
        db.ScheduleSettings.SingleOrDefaultAsync(s => s.SeasonId == seasonId, cancellationToken);

    public void Add(ScheduleSettings settings) => db.ScheduleSettings.Add(settings);

    public void Add(ScheduledClass scheduledClass) => db.ScheduledClasses.Add(scheduledClass);

    public Task<SchedulePublication?> LatestPublicationAsync(int seasonId, CancellationToken cancellationToken) =>
        db.SchedulePublications.AsNoTracking().Where(p => p.SeasonId == seasonId).OrderByDescending(p => p.Version).FirstOrDefaultAsync(cancellationToken);

    public void Add(SchedulePublication publication) => db.SchedulePublications.Add(publication);

    public void Remove(ScheduledClass scheduledClass) => db.ScheduledClasses.Remove(scheduledClass);

    public async Task<IReadOnlyDictionary<int, string>> PersonNamesAsync(IEnumerable<int> personIds, CancellationToken cancellationToken)
    {
        var ids = personIds.Distinct().ToList();
        return await db.People.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken);
    }

    public async Task<IReadOnlyDictionary<int, string>> PieceTitlesAsync(IEnumerable<int> pieceIds, CancellationToken cancellationToken)
    {
        var ids = pieceIds.Distinct().ToList();
        return await db.Pieces.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => $"{p.Title} ({p.Composer})", cancellationToken);
    }

    public Task SaveAsync(CancellationToken cancellationToken) => db.SaveChangesAsync(cancellationToken);
}
