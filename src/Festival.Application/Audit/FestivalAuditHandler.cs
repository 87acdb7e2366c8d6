using Festival.Application.Accounts.Delete;
using Festival.Application.Entries.Change;
using Festival.Application.Entries.Import;
using Festival.Application.Entries.LateWindow;
using Festival.Application.Entries.Submit;
using Festival.Application.Entries.Withdraw;
using Festival.Application.Invoices;
using Festival.Application.People.Consent;
using Festival.Application.People.Groups;
using Festival.Application.People.Managed;
using Festival.Application.People.Merge;
using Festival.Application.People.Update;
using Festival.Application.Reminders;
using Festival.Application.Repertoire.Update;
using Festival.Application.Results.Publish;
using Festival.Application.Results.Rules;
using Festival.Application.Results.SeasonAwards;
using Festival.Application.Results.Submit;
using Festival.Application.Results;
using Festival.Application.Seasons.Create;
using Festival.Application.Seasons.Fees;
using Festival.Application.Syllabus.Cancel;
using Festival.Application.Syllabus.Import;
using Festival.Application.Syllabus.Update;

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
        INotificationHandler<PieceUpdatedNotification>,
        INotificationHandler<ManagedPersonAddedNotification>,
        INotificationHandler<TeacherLinkRequestedNotification>,
        INotificationHandler<TeacherLinkAcceptedNotification>,
        INotificationHandler<EntriesSubmittedNotification>,
        INotificationHandler<EntryWithdrawnNotification>,
        INotificationHandler<LateWindowOpenedNotification>,
        INotificationHandler<InvoiceIssuedNotification>,
        INotificationHandler<PaymentRecordedNotification>,
        INotificationHandler<SeasonFeesChangedNotification>,
        INotificationHandler<ClassCancelledNotification>,
        INotificationHandler<CreditNoteIssuedNotification>,
        INotificationHandler<EntryChangedByStaffNotification>,
        INotificationHandler<LateWindowClosedNotification>,
        INotificationHandler<GroupCreatedNotification>,
        INotificationHandler<RemindersSentNotification>,
        INotificationHandler<AccountDeletedNotification>,
        INotificationHandler<MediaConsentChangedNotification>,
        INotificationHandler<ResultRulesSetNotification>,
        INotificationHandler<SessionResultsSubmittedNotification>,
        INotificationHandler<SubmittedResultsChangedNotification>,
        INotificationHandler<ResultsPublishedNotification>,
        INotificationHandler<AwardSavedNotification>,
        INotificationHandler<AwardRemovedNotification>,
        INotificationHandler<AwardDecidedNotification>
{
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

    public Task Handle(SeasonFeesChangedNotification notification, CancellationToken cancellationToken) =>
        RecordAsync(AuditEventTypes.SeasonFeesChanged, AuditSubjects.Season(notification.SeasonId), notification.ActorUserId, notification.At,
            new
            {
                notification.SeasonName,
                notification.Fees.RegistrationFeeCents,
                RegistrationBasis = notification.Fees.RegistrationBasis.ToString(),
                DiscountKind = notification.Fees.DiscountKind.ToString(),
                notification.Fees.DiscountValue,
                notification.Fees.DiscountFromEntry,
            }, cancellationToken);

    public Task Handle(ClassCancelledNotification notification, CancellationToken cancellationToken) =>
        RecordAsync(AuditEventTypes.ClassCancelled, AuditSubjects.Class(notification.ClassId), notification.ActorUserId, notification.At,
            new { notification.ClassCode, notification.Reason, notification.EntryIds, CreditNotes = notification.Credits.Select(c => c.CreditNoteNumber).ToList() }, cancellationToken);

    // Recorded under the payer, beside their payments.
    public Task Handle(CreditNoteIssuedNotification notification, CancellationToken cancellationToken) =>
        RecordAsync(AuditEventTypes.CreditNoteIssued, notification.PayerUserId, notification.ActorUserId, notification.At,
            new { notification.InvoiceNumber, notification.CreditNoteNumber, notification.EntryId, notification.AmountCents, notification.BalanceCents }, cancellationToken);
    public Task Handle(EntryChangedByStaffNotification notification, CancellationToken cancellationToken) =>
        RecordAsync(AuditEventTypes.EntryChangedByStaff, AuditSubjects.Entry(notification.EntryId), notification.StaffUserId, notification.At,
            new { notification.SeasonName, notification.SubmittedByUserId, notification.Changes }, cancellationToken);

    public Task Handle(LateWindowClosedNotification notification, CancellationToken cancellationToken) =>
        RecordAsync(AuditEventTypes.LateWindowClosed, AuditSubjects.Season(notification.SeasonId), notification.ActorUserId, notification.At,
            new { notification.SeasonName }, cancellationToken);

    public Task Handle(GroupCreatedNotification notification, CancellationToken cancellationToken) =>
        RecordAsync(AuditEventTypes.GroupCreated, notification.UserId, notification.UserId, notification.At,
            new { notification.GroupId, notification.Name, notification.MemberIds }, cancellationToken);

    public Task Handle(RemindersSentNotification notification, CancellationToken cancellationToken) =>
        RecordAsync(AuditEventTypes.RemindersSent, AuditSubjects.Season(notification.SeasonId), null, notification.At,
            new { notification.Job, notification.Slot, notification.Emails }, cancellationToken);

    public Task Handle(AccountDeletedNotification notification, CancellationToken cancellationToken) =>
        RecordAsync(AuditEventTypes.AccountDeleted, notification.UserId, notification.UserId, notification.At,
            new { notification.PeopleAnonymized, notification.PeopleKept, notification.PeopleLeftToOthers }, cancellationToken);

    public Task Handle(MediaConsentChangedNotification notification, CancellationToken cancellationToken) =>
        RecordAsync(AuditEventTypes.MediaConsentChanged, AuditSubjects.Person(notification.PersonId), notification.UserId, notification.At,
            new { notification.PersonName, notification.SeasonName, notification.Granted, notification.ByStaff }, cancellationToken);

    public Task Handle(ResultRulesSetNotification notification, CancellationToken cancellationToken) =>
        RecordAsync(AuditEventTypes.ResultRulesSet, AuditSubjects.Season(notification.SeasonId), notification.ActorUserId, notification.At,
            new
            {
                notification.SeasonName, notification.Scale, notification.MinimumEntriesForPlacements, notification.Recommendations, notification.PublicMarks,
                notification.CertificateBand,
            },
            cancellationToken);

    public Task Handle(SessionResultsSubmittedNotification notification, CancellationToken cancellationToken) =>
        RecordAsync(AuditEventTypes.SessionResultsSubmitted, AuditSubjects.Session(notification.SessionId), notification.UserId, notification.At,
            new { notification.ClassIds }, cancellationToken);

    // After submission only staff change results; each change is recorded against the class, with what changed.
    public Task Handle(SubmittedResultsChangedNotification notification, CancellationToken cancellationToken) =>
        RecordAsync(AuditEventTypes.SubmittedResultsChanged, AuditSubjects.Class(notification.ClassId), notification.ActorUserId, notification.At,
            new { notification.ClassCode, notification.EntryIds, notification.Change }, cancellationToken);

    public Task Handle(ResultsPublishedNotification notification, CancellationToken cancellationToken) =>
        RecordAsync(AuditEventTypes.ResultsPublished, AuditSubjects.Season(notification.SeasonId), notification.ActorUserId, notification.At,
            new { notification.SeasonName, notification.ClassIds }, cancellationToken);

    public Task Handle(AwardSavedNotification notification, CancellationToken cancellationToken) =>
        RecordAsync(AuditEventTypes.AwardSaved, AuditSubjects.Season(notification.SeasonId), notification.ActorUserId, notification.At,
            new
            {
                notification.SeasonName, notification.OriginalName, notification.Name, notification.Discipline, notification.Level, notification.Classes,
                notification.FirstPlaceOnly,
            },
            cancellationToken);

    public Task Handle(AwardRemovedNotification notification, CancellationToken cancellationToken) =>
        RecordAsync(AuditEventTypes.AwardRemoved, AuditSubjects.Season(notification.SeasonId), notification.ActorUserId, notification.At,
            new { notification.SeasonName, notification.Name }, cancellationToken);

    // Staff choose among tied entries; the trail keeps who chose which entry from which tie.
    public Task Handle(AwardDecidedNotification notification, CancellationToken cancellationToken) =>
        RecordAsync(AuditEventTypes.AwardDecided, AuditSubjects.Season(notification.SeasonId), notification.ActorUserId, notification.At,
            new { notification.SeasonName, notification.Award, notification.EntryId, notification.Performers, notification.ClassCode, notification.TiedEntryIds },
            cancellationToken);

    private Task RecordAsync(string type, string subject, string? actorUserId, DateTimeOffset at, object details, CancellationToken cancellationToken) =>
        trail.RecordAsync(type, subject, actorUserId ?? request.UserId, at, request.IpAddress, details, cancellationToken);
}
