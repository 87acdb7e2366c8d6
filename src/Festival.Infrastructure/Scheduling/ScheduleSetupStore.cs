using Festival.Application.Scheduling;
using Festival.Domain.Scheduling;
using Festival.Infrastructure.Persistence;

namespace Festival.Infrastructure.Scheduling;

internal sealed class ScheduleSetupStore(FestivalDbContext db) : IScheduleSetup
{
    public Task<Venue?> FindVenueAsync(int id, CancellationToken cancellationToken) =>
        db.Venues.SingleOrDefaultAsync(v => v.Id == id, cancellationToken);

    public Task<bool> VenueNameTakenAsync(string name, int? exceptId, CancellationToken cancellationToken) =>
        db.Venues.AnyAsync(v => v.Name == name && v.Id != exceptId, cancellationToken);

    public Task<Room?> FindRoomAsync(int id, CancellationToken cancellationToken) =>
        db.Rooms.SingleOrDefaultAsync(r => r.Id == id, cancellationToken);

    public Task<bool> RoomNameTakenAsync(int venueId, string name, int? exceptId, CancellationToken cancellationToken) =>
        db.Rooms.AnyAsync(r => r.VenueId == venueId && r.Name == name && r.Id != exceptId, cancellationToken);

    public Task<Adjudicator?> FindAdjudicatorAsync(int id, CancellationToken cancellationToken) =>
        db.Adjudicators.SingleOrDefaultAsync(a => a.Id == id, cancellationToken);

    public Task<bool> IsAdjudicatorAsync(int seasonId, int personId, CancellationToken cancellationToken) =>
        db.Adjudicators.AnyAsync(a => a.SeasonId == seasonId && a.PersonId == personId, cancellationToken);

    public Task<bool> PersonExistsAsync(int personId, CancellationToken cancellationToken) =>
        db.People.AnyAsync(p => p.Id == personId, cancellationToken);

    public Task<Session?> FindSessionAsync(int id, CancellationToken cancellationToken) =>
        db.Sessions.SingleOrDefaultAsync(s => s.Id == id, cancellationToken);

    public Task<Session?> OverlappingSessionAsync(int roomId, DateOnly date, TimeOnly start, TimeOnly end, int? exceptId, CancellationToken cancellationToken) =>
        db.Sessions.FirstOrDefaultAsync(s => s.RoomId == roomId && s.Date == date && s.Start < end && start < s.End && s.Id != exceptId, cancellationToken);

    public async Task<IReadOnlyList<(Venue Venue, IReadOnlyList<Room> Rooms)>> VenuesAsync(CancellationToken cancellationToken)
    {
        var venues = await db.Venues.AsNoTracking().OrderBy(v => v.Name).ToListAsync(cancellationToken);
        var rooms = (await db.Rooms.AsNoTracking().OrderBy(r => r.Name).ToListAsync(cancellationToken)).ToLookup(r => r.VenueId);
        return [.. venues.Select(v => (v, (IReadOnlyList<Room>)[.. rooms[v.Id]]))];
    }

    public async Task<IReadOnlyList<(Adjudicator Adjudicator, string Name)>> AdjudicatorsAsync(int seasonId, CancellationToken cancellationToken)
    {
        var rows = await db.Adjudicators.AsNoTracking()
            .Where(a => a.SeasonId == seasonId)
            .Join(db.People, a => a.PersonId, p => p.Id, (a, p) => new { Adjudicator = a, p.Name })
            .OrderBy(x => x.Name)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(x => (x.Adjudicator, x.Name))];
    }

    public void Add(Venue venue) => db.Venues.Add(venue);

    public void Add(Room room) => db.Rooms.Add(room);

    public void Add(Adjudicator adjudicator) => db.Adjudicators.Add(adjudicator);

    public void Add(Session session) => db.Sessions.Add(session);

    public Task SaveAsync(CancellationToken cancellationToken) => db.SaveChangesAsync(cancellationToken);
}
