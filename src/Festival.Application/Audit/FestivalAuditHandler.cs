using System.Text.Json;
using Festival.Application.Entries.LateWindow;
using Festival.Application.Entries.Submit;
using Festival.Application.Entries.Withdraw;
using Festival.Application.Invoices;
using Festival.Application.People.Managed;
using Festival.Application.Seasons.Create;
using Festival.Domain.Audit;

namespace Festival.Application.Audit;

/// <summary>
/// Records the festival's own events (seasons, imports, merges) in the audit trail, in the transaction of the command that
/// published them. The subject is the record concerned (<see cref="AuditSubjects"/>); the actor is whoever was signed in.
/// </summary>
internal sealed class FestivalAuditHandler(IAuditTrail trail, IRequestContext request)
    : INotificationHandler<SeasonStartedNotification>,
        INotificationHandler<ManagedPersonAddedNotification>,
        INotificationHandler<TeacherLinkRequestedNotification>,
        INotificationHandler<TeacherLinkAcceptedNotification>,
        INotificationHandler<EntriesSubmittedNotification>,
        INotificationHandler<EntryWithdrawnNotification>,
        INotificationHandler<LateWindowOpenedNotification>,
        INotificationHandler<InvoiceIssuedNotification>,
        INotificationHandler<PaymentRecordedNotification>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public Task Handle(SeasonStartedNotification notification, CancellationToken cancellationToken) =>
        RecordAsync(AuditEventTypes.SeasonStarted, AuditSubjects.Season(notification.SeasonId), notification.ActorUserId, notification.At,
            new { notification.Name, notification.CopiedFrom, notification.ClassesCopied, notification.IsCurrent }, cancellationToken);

    public Task Handle(ManagedPersonAddedNotification notification, CancellationToken cancellationToken) =>
        RecordAsync(AuditEventTypes.PersonAdded, AuditSubjects.Person(notification.PersonId), notification.UserId, notification.At,
            new { Relationship = notification.Relationship.ToString() }, cancellationToken);

    public Task Handle(TeacherLinkRequestedNotification notification, CancellationToken cancellationToken) =>
        RecordAsync(AuditEventTypes.TeacherLinkRequested, AuditSubjects.Person(notification.StudentId), notification.RequestedByUserId, notification.At,
            new { notification.LinkId, notification.TeacherId }, cancellationToken);

    public Task Handle(TeacherLinkAcceptedNotification notification, CancellationToken cancellationToken) =>
        RecordAsync(AuditEventTypes.TeacherLinkAccepted, AuditSubjects.Person(notification.StudentId), notification.AcceptedByUserId, notification.At,
            new { notification.LinkId, notification.TeacherId }, cancellationToken);

    // Submissions are recorded under the submitting account: that is where a family's questions start.
    public Task Handle(EntriesSubmittedNotification notification, CancellationToken cancellationToken) =>
        RecordAsync(AuditEventTypes.EntriesSubmitted, notification.UserId, notification.UserId, notification.At,
            new { notification.SeasonName, notification.EntryIds, notification.TotalCents, notification.Late }, cancellationToken);

    public Task Handle(EntryWithdrawnNotification notification, CancellationToken cancellationToken) =>
        RecordAsync(AuditEventTypes.EntryWithdrawn, AuditSubjects.Entry(notification.EntryId), notification.WithdrawnByUserId, notification.At,
            new { notification.ClassId, notification.ParticipantKey, notification.SubmittedByUserId, notification.ByStaff }, cancellationToken);

    public Task Handle(LateWindowOpenedNotification notification, CancellationToken cancellationToken) =>
        RecordAsync(AuditEventTypes.LateWindowOpened, AuditSubjects.Season(notification.SeasonId), notification.ActorUserId, notification.At,
            new { notification.SeasonName, notification.ClosesAt, notification.SurchargeCents }, cancellationToken);

    public Task Handle(InvoiceIssuedNotification notification, CancellationToken cancellationToken) =>
        RecordAsync(AuditEventTypes.InvoiceIssued, notification.PayerUserId, notification.PayerUserId, notification.At,
            new { notification.InvoiceId, notification.Number, notification.SeasonId }, cancellationToken);

    // Recorded under the payer, so a family's payments read in one place; the actor is the staff member.
    public Task Handle(PaymentRecordedNotification notification, CancellationToken cancellationToken) =>
        RecordAsync(AuditEventTypes.PaymentRecorded, notification.PayerUserId, notification.ActorUserId, notification.At,
            new { notification.Number, notification.AmountCents, Method = notification.Method.ToString(), notification.Reference, notification.BalanceCents }, cancellationToken);

    private Task RecordAsync(string type, string subject, string? actorUserId, DateTimeOffset at, object details, CancellationToken cancellationToken) =>
        trail.AddAsync(
            new AuditEvent(Guid.NewGuid(), type, subject, actorUserId ?? request.UserId, at, request.IpAddress, JsonSerializer.Serialize(details, Json)),
            cancellationToken);
}
