namespace Festival.Application.Scheduling.Setup;

/// <summary>
/// Makes a session for each day from <paramref name="From"/> to <paramref name="To"/>, each of <paramref name="Times"/>
/// and each room, e.g. "each day 9:00–12:00 and 13:30–16:30 in rooms A and B". Sessions that already exist (same room,
/// day and times) are left as they are; any other overlap stops the whole template. Returns the ids of the new sessions.
/// </summary>
public sealed record CreateSessionsFromTemplateCommand(
    DateOnly From, DateOnly To, IReadOnlyList<TimeRange> Times, IReadOnlyList<int> RoomIds, int? AdjudicatorId = null, string? Season = null)
    : IRequest<Result<IReadOnlyList<int>>>, ITransactionalRequest;
