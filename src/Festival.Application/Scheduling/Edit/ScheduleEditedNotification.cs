namespace Festival.Application.Scheduling.Edit;

/// <summary>
/// Staff changed the schedule by hand (<see cref="Edit"/>: move, swap, reorder, pin, unpin). <see cref="Overridden"/>
/// lists the blocking conflicts they accepted with an explicit override (empty for a clean edit).
/// </summary>
public sealed record ScheduleEditedNotification(
    int SeasonId, string Edit, string Description, IReadOnlyList<int> ClassIds, IReadOnlyList<string> Overridden, string? ActorUserId, DateTimeOffset At)
    : INotification;
