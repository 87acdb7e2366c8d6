using System.Text.Json;
using Festival.Application.Entries.Import;
using Festival.Application.People.Merge;
using Festival.Application.People.Update;
using Festival.Application.Repertoire.Update;
using Festival.Application.Seasons.Create;
using Festival.Application.Syllabus.Import;
using Festival.Application.Syllabus.Update;
using Festival.Domain.Audit;

namespace Festival.Application.Audit;

/// <summary>
/// Records the festival's own events (seasons, imports, merges) in the audit trail, in the transaction of the command that
/// published them. The subject is the record concerned (<see cref="AuditSubjects"/>); the actor is whoever was signed in.
/// </summary>
internal sealed class FestivalAuditHandler(IAuditTrail trail, IRequestContext request)
    : INotificationHandler<SeasonStartedNotification>,
        INotificationHandler<SyllabusImportedNotification>,
        INotificationHandler<EntriesImportedNotification>,
        INotificationHandler<ClassUpdatedNotification>,
        INotificationHandler<PersonUpdatedNotification>,
        INotificationHandler<PeopleMergedNotification>,
        INotificationHandler<PieceUpdatedNotification>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public Task Handle(SeasonStartedNotification notification, CancellationToken cancellationToken) =>
        RecordAsync(AuditEventTypes.SeasonStarted, AuditSubjects.Season(notification.SeasonId), notification.ActorUserId, notification.At,
            new { notification.Name, notification.CopiedFrom, notification.ClassesCopied, notification.IsCurrent }, cancellationToken);

    public Task Handle(SyllabusImportedNotification notification, CancellationToken cancellationToken) =>
        RecordAsync(AuditEventTypes.SyllabusImported, AuditSubjects.Season(notification.SeasonId), notification.ActorUserId, notification.At,
            new { notification.Season, notification.FileName, notification.Created, notification.Updated, notification.Unchanged, notification.Rejected },
            cancellationToken);

    public Task Handle(EntriesImportedNotification notification, CancellationToken cancellationToken) =>
        RecordAsync(AuditEventTypes.EntriesImported, AuditSubjects.Season(notification.SeasonId), notification.ActorUserId, notification.At,
            new
            {
                notification.Season, notification.FileName, notification.Created, notification.Updated, notification.Unchanged, notification.Rejected,
                notification.PeopleCreated,
            },
            cancellationToken);

    public Task Handle(ClassUpdatedNotification notification, CancellationToken cancellationToken) =>
        RecordAsync(AuditEventTypes.ClassUpdated, AuditSubjects.Class(notification.ClassId), notification.ActorUserId, notification.At,
            new { notification.Class, notification.Changed }, cancellationToken);

    public Task Handle(PersonUpdatedNotification notification, CancellationToken cancellationToken) =>
        RecordAsync(AuditEventTypes.PersonUpdated, AuditSubjects.Person(notification.PersonId), notification.ActorUserId, notification.At,
            new { notification.Name }, cancellationToken);

    public Task Handle(PeopleMergedNotification notification, CancellationToken cancellationToken) =>
        RecordAsync(AuditEventTypes.PeopleMerged, AuditSubjects.Person(notification.KeptPersonId), notification.ActorUserId, notification.At,
            new
            {
                notification.KeptName,
                notification.MergedPersonId,
                notification.MergedName,
                notification.EntriesMoved,
                notification.GroupPartsMoved,
                notification.LinksMoved,
            }, cancellationToken);

    public Task Handle(PieceUpdatedNotification notification, CancellationToken cancellationToken) =>
        RecordAsync(AuditEventTypes.PieceUpdated, AuditSubjects.Piece(notification.PieceId), notification.ActorUserId, notification.At,
            new { notification.Title, notification.Composer, notification.DurationSeconds }, cancellationToken);

    private Task RecordAsync(string type, string subject, string? actorUserId, DateTimeOffset at, object details, CancellationToken cancellationToken) =>
        trail.AddAsync(
            new AuditEvent(Guid.NewGuid(), type, subject, actorUserId ?? request.UserId, at, request.IpAddress, JsonSerializer.Serialize(details, Json)),
            cancellationToken);
}
