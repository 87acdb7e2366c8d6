using Festival.Application.Audit;
using Festival.Application.Scheduling.Edit;
using Festival.Application.Scheduling.Generate;
using Festival.Application.Scheduling.Publish;
using Festival.Application.Scheduling.Setup;

namespace Festival.Application.Scheduling;

/// <summary>
/// Records schedule changes in the audit trail, in the command's transaction. An edit that overrode blocking conflicts
/// is recorded twice: as the edit, and as an override with the conflicts accepted, so overrides can be listed on their own.
/// </summary>
internal sealed class ScheduleAuditHandler(IAuditTrail trail, IRequestContext request)
    : INotificationHandler<ScheduleSetupChangedNotification>,
        INotificationHandler<ScheduleGeneratedNotification>,
        INotificationHandler<ScheduleEditedNotification>,
        INotificationHandler<SchedulePublishedNotification>,
        INotificationHandler<ScheduleChangedNotification>
{
    public Task Handle(ScheduleSetupChangedNotification notification, CancellationToken cancellationToken) =>
        RecordAsync(AuditEventTypes.ScheduleSetupChanged,
            notification.SeasonId is { } season && notification.Record == "settings"
                ? AuditSubjects.Season(season)
                : AuditSubjects.ScheduleRecord(notification.Record, notification.Ids.Count > 0 ? notification.Ids[0] : 0),
            notification.ActorUserId, notification.At,
            new { notification.SeasonId, notification.Record, notification.Ids, notification.Created, notification.Summary }, cancellationToken);

    public Task Handle(ScheduleGeneratedNotification notification, CancellationToken cancellationToken) =>
        RecordAsync(AuditEventTypes.ScheduleGenerated, AuditSubjects.Season(notification.SeasonId), notification.ActorUserId, notification.At,
            new
            {
                notification.Season, notification.ClassesPlaced, notification.Unplaced, notification.HardViolations, notification.SoftPenalty,
                notification.SessionsUsed, notification.SessionsLowerBound, notification.Seed,
            },
            cancellationToken);

    public async Task Handle(ScheduleEditedNotification notification, CancellationToken cancellationToken)
    {
        var subject = AuditSubjects.Season(notification.SeasonId);
        await RecordAsync(AuditEventTypes.ScheduleEdited, subject, notification.ActorUserId, notification.At,
            new { notification.Edit, notification.Description, notification.ClassIds, Overrode = notification.Overridden.Count > 0 }, cancellationToken);
        if (notification.Overridden.Count > 0)
        {
            await RecordAsync(AuditEventTypes.ScheduleConflictOverridden, subject, notification.ActorUserId, notification.At,
                new { notification.Edit, notification.Description, notification.ClassIds, Conflicts = notification.Overridden }, cancellationToken);
        }
    }

    public Task Handle(SchedulePublishedNotification notification, CancellationToken cancellationToken) =>
        RecordAsync(AuditEventTypes.SchedulePublished, AuditSubjects.Season(notification.SeasonId), notification.ActorUserId, notification.At,
            new { notification.Season, notification.Version, notification.ClassParts, OverriddenConflicts = notification.Overridden }, cancellationToken);

    public Task Handle(ScheduleChangedNotification notification, CancellationToken cancellationToken) =>
        RecordAsync(AuditEventTypes.ScheduleChanged, AuditSubjects.Season(notification.SeasonId), notification.ActorUserId, notification.At,
            new { notification.PublishedVersion, notification.Moves }, cancellationToken);

    private Task RecordAsync(string type, string subject, string? actorUserId, DateTimeOffset at, object details, CancellationToken cancellationToken) =>
        trail.RecordAsync(type, subject, actorUserId ?? request.UserId, at, request.IpAddress, details, cancellationToken);
}
