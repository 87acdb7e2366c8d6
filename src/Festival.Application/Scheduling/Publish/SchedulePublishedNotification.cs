namespace Festival.Application.Scheduling.Publish;

/// <summary>
/// The season's schedule was published as <see cref="Version"/>; <see cref="Overridden"/> lists the blocking conflicts
/// it was published with (empty normally).
/// </summary>
public sealed record SchedulePublishedNotification(
    int SeasonId, string Season, int Version, int ClassParts, IReadOnlyList<string> Overridden, string? ActorUserId, DateTimeOffset At) : INotification;
