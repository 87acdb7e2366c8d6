namespace Festival.Application.Scheduling.Publish;

/// <summary>
/// A published schedule changed (by an edit or by generating again): <see cref="Moves"/> are the class parts no longer
/// where version <see cref="PublishedVersion"/> put them.
/// </summary>
public sealed record ScheduleChangedNotification(
    int SeasonId, int PublishedVersion, IReadOnlyList<ScheduleMove> Moves, string? ActorUserId, DateTimeOffset At) : INotification;
