namespace Festival.Application.Scheduling.Edit;

/// <summary>
/// Moves part <paramref name="Part"/> of a class to a session and start time; a class not scheduled yet is placed
/// whole (part 1). Blocking conflicts stop the move unless <paramref name="Override"/> (audited).
/// </summary>
public sealed record MoveScheduledClassCommand(int ClassId, int Part, int SessionId, TimeOnly Start, bool Override = false, string? Season = null)
    : IRequest<Result<ScheduleEditResult>>, ITransactionalRequest;
