namespace Festival.Application.Audit;

/// <summary>The stored names of audit event types. Stored, so never renamed; new kinds are new names.</summary>
public static class AuditEventTypes
{
    public const string UserRegistered = "UserRegistered";
    public const string RoleGranted = "RoleGranted";
    public const string RoleRevoked = "RoleRevoked";
    public const string ProfileUpdated = "ProfileUpdated";
    public const string PasswordChanged = "PasswordChanged";
    public const string UserSignedIn = "UserSignedIn";
    public const string SignInFailed = "SignInFailed";
    public const string UserLockedOut = "UserLockedOut";
    public const string UserSignedOut = "UserSignedOut";
    public const string EmailConfirmationRequested = "EmailConfirmationRequested";
    public const string EmailConfirmed = "EmailConfirmed";
    public const string PasswordResetRequested = "PasswordResetRequested";
    public const string PasswordReset = "PasswordReset";
    public const string UserDeactivated = "UserDeactivated";
    public const string UserReactivated = "UserReactivated";
    public const string SeasonStarted = "SeasonStarted";
    public const string SyllabusImported = "SyllabusImported";
    public const string EntriesImported = "EntriesImported";
    public const string TwoFactorEnabled = "TwoFactorEnabled";
    public const string TwoFactorDisabled = "TwoFactorDisabled";
    public const string RecoveryCodeUsed = "RecoveryCodeUsed";
    public const string RecoveryCodesRegenerated = "RecoveryCodesRegenerated";
    public const string SessionRevoked = "SessionRevoked";
    public const string PasskeyAdded = "PasskeyAdded";
    public const string PasskeyRemoved = "PasskeyRemoved";
    public const string ClassUpdated = "ClassUpdated";
    public const string PersonUpdated = "PersonUpdated";
    public const string PeopleMerged = "PeopleMerged";
    public const string PieceUpdated = "PieceUpdated";
    public const string PersonAdded = "PersonAdded";
    public const string TeacherLinkRequested = "TeacherLinkRequested";
    public const string TeacherLinkAccepted = "TeacherLinkAccepted";
    public const string EntriesSubmitted = "EntriesSubmitted";
    public const string EntryWithdrawn = "EntryWithdrawn";
    public const string LateWindowOpened = "LateWindowOpened";
    public const string InvoiceIssued = "InvoiceIssued";
    public const string PaymentRecorded = "PaymentRecorded";
    public const string SeasonFeesChanged = "SeasonFeesChanged";
    public const string ClassCancelled = "ClassCancelled";
    public const string CreditNoteIssued = "CreditNoteIssued";
    public const string EntryChangedByStaff = "EntryChangedByStaff";
    public const string LateWindowClosed = "LateWindowClosed";
    public const string GroupCreated = "GroupCreated";
    public const string RemindersSent = "RemindersSent";
    public const string AccountDeleted = "AccountDeleted";
    public const string MediaConsentChanged = "MediaConsentChanged";
    public const string ScheduleSetupChanged = "ScheduleSetupChanged";
    public const string ScheduleGenerated = "ScheduleGenerated";
    public const string ScheduleEdited = "ScheduleEdited";
    public const string ScheduleConflictOverridden = "ScheduleConflictOverridden";
    public const string SchedulePublished = "SchedulePublished";
    public const string ScheduleChanged = "ScheduleChanged";
    public const string ResultRulesSet = "ResultRulesSet";
    public const string SessionResultsSubmitted = "SessionResultsSubmitted";
    public const string SubmittedResultsChanged = "SubmittedResultsChanged";
    public const string ResultsPublished = "ResultsPublished";
    public const string AwardSaved = "AwardSaved";
    public const string AwardRemoved = "AwardRemoved";
    public const string AwardDecided = "AwardDecided";

    /// <summary>Every type above, for filters and pickers. A new type is added here too.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        UserRegistered, RoleGranted, RoleRevoked, ProfileUpdated, PasswordChanged, UserSignedIn, SignInFailed, UserLockedOut, UserSignedOut,
        EmailConfirmationRequested, EmailConfirmed, PasswordResetRequested, PasswordReset, UserDeactivated, UserReactivated,
        SeasonStarted, SyllabusImported, EntriesImported,
        TwoFactorEnabled, TwoFactorDisabled, RecoveryCodeUsed, RecoveryCodesRegenerated, SessionRevoked, PasskeyAdded, PasskeyRemoved,
        ClassUpdated, PersonUpdated, PeopleMerged, PieceUpdated,
        PersonAdded, TeacherLinkRequested, TeacherLinkAccepted, EntriesSubmitted, EntryWithdrawn, LateWindowOpened, InvoiceIssued, PaymentRecorded,
        SeasonFeesChanged, ClassCancelled, CreditNoteIssued,
        EntryChangedByStaff, LateWindowClosed, GroupCreated,
        RemindersSent, AccountDeleted, MediaConsentChanged,
        ScheduleSetupChanged, ScheduleGenerated, ScheduleEdited, ScheduleConflictOverridden, SchedulePublished, ScheduleChanged,
        ResultRulesSet, SessionResultsSubmitted, SubmittedResultsChanged, ResultsPublished,
        AwardSaved, AwardRemoved, AwardDecided,
    ];
}
