namespace Festival.Application.Scheduling.Setup;

/// <summary>
/// Creates a session of the season (no <paramref name="SessionId"/>) or changes one: room, day, times, adjudicator (none
/// yet: null) and breaks. A room holds one session at a time.
/// </summary>
public sealed record SaveSessionCommand(
    int RoomId, DateOnly Date, TimeOnly Start, TimeOnly End, int? AdjudicatorId = null, IReadOnlyList<TimeRange>? Breaks = null, int? SessionId = null, string? Season = null)
    : IRequest<Result<int>>, ITransactionalRequest;
