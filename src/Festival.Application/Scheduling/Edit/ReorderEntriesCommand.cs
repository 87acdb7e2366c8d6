namespace Festival.Application.Scheduling.Edit;

/// <summary>Sets the performance order of a scheduled class part: <paramref name="EntryOrder"/> names each of its entries once.</summary>
public sealed record ReorderEntriesCommand(int ClassId, int Part, IReadOnlyList<int> EntryOrder, bool Override = false, string? Season = null)
    : IRequest<Result<ScheduleEditResult>>, ITransactionalRequest;
