namespace Festival.Application.Scheduling.Edit;

/// <summary>Two scheduled class parts trade places (each takes the other's session and start time).</summary>
public sealed record SwapScheduledClassesCommand(int ClassA, int PartA, int ClassB, int PartB, bool Override = false, string? Season = null)
    : IRequest<Result<ScheduleEditResult>>, ITransactionalRequest;
