namespace Festival.Application.Scheduling.Setup;

/// <summary>
/// A venue, room, adjudicator, session or the season's schedule settings were created or changed. <see cref="Record"/>
/// names what (<c>venue</c>, <c>room</c>, <c>adjudicator</c>, <c>session</c>, <c>settings</c>); <see cref="Ids"/> are
/// the records (several when a template made sessions).
/// </summary>
public sealed record ScheduleSetupChangedNotification(
    int? SeasonId, string Record, IReadOnlyList<int> Ids, bool Created, string Summary, string? ActorUserId, DateTimeOffset At) : INotification;
