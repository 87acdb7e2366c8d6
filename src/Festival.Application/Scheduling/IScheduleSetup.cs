using Festival.Domain.Scheduling;

namespace Festival.Application.Scheduling;

/// <summary>Venues, rooms, adjudicators and sessions, one at a time, for creating and editing.</summary>
public interface IScheduleSetup
{
    Task<Venue?> FindVenueAsync(int id, CancellationToken cancellationToken);

    Task<bool> VenueNameTakenAsync(string name, int? exceptId, CancellationToken cancellationToken);

    Task<Room?> FindRoomAsync(int id, CancellationToken cancellationToken);

    Task<bool> RoomNameTakenAsync(int venueId, string name, int? exceptId, CancellationToken cancellationToken);

    Task<Adjudicator?> FindAdjudicatorAsync(int id, CancellationToken cancellationToken);

    Task<bool> IsAdjudicatorAsync(int seasonId, int personId, CancellationToken cancellationToken);

    Task<bool> PersonExistsAsync(int personId, CancellationToken cancellationToken);

    Task<Session?> FindSessionAsync(int id, CancellationToken cancellationToken);

    /// <summary>A session of the room on that day overlapping the times (other than <paramref name="exceptId"/>), if any.</summary>
    Task<Session?> OverlappingSessionAsync(int roomId, DateOnly date, TimeOnly start, TimeOnly end, int? exceptId, CancellationToken cancellationToken);

    /// <summary>Every venue with its rooms, by name.</summary>
    Task<IReadOnlyList<(Venue Venue, IReadOnlyList<Room> Rooms)>> VenuesAsync(CancellationToken cancellationToken);

    /// <summary>The season's adjudicators with their names, by name.</summary>
    Task<IReadOnlyList<(Adjudicator Adjudicator, string Name)>> AdjudicatorsAsync(int seasonId, CancellationToken cancellationToken);

    void Add(Venue venue);

    void Add(Room room);

    void Add(Adjudicator adjudicator);

    void Add(Session session);

    /// <summary>Stores what was added or changed, giving new records their ids.</summary>
    Task SaveAsync(CancellationToken cancellationToken);
}
