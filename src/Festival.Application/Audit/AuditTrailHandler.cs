using Festival.Application.Accounts.ChangePassword;
using Festival.Application.Accounts.ConfirmEmail;
using Festival.Application.Accounts.Deactivate;
using Festival.Application.Accounts.ResetPassword;
using Festival.Application.Accounts.SignIn;
using Festival.Application.Accounts.Passkeys;
using Festival.Application.Accounts.Register;
using Festival.Application.Accounts.Roles;
using Festival.Application.Accounts.Sessions;
using Festival.Application.Accounts.TwoFactor;
using Festival.Application.Profiles.Update;

namespace Festival.Application.Audit;

/// <summary>
/// Records every account notification in the audit trail, in the transaction of the command that published it,
/// so an event is recorded exactly when its change commits. A new kind of account event is one more
/// <c>Handle</c> overload (and interface) here; a notification that carries its own IP address passes it to
/// <see cref="RecordAsync"/> instead of the request's. Details name what changed, never a password, hash or token.
/// </summary>
internal sealed class AuditTrailHandler(IAuditTrail trail, IRequestContext request)
    : INotificationHandler<UserRegisteredNotification>,
        INotificationHandler<RoleGrantedNotification>,
        INotificationHandler<RoleRevokedNotification>,
        INotificationHandler<ProfileUpdatedNotification>,
        INotificationHandler<PasswordChangedNotification>,
        INotificationHandler<UserSignedInNotification>,
        INotificationHandler<SignInFailedNotification>,
        INotificationHandler<UserLockedOutNotification>,
        INotificationHandler<UserSignedOutNotification>,
        INotificationHandler<EmailConfirmationRequestedNotification>,
        INotificationHandler<EmailConfirmedNotification>,
        INotificationHandler<PasswordResetRequestedNotification>,
        INotificationHandler<PasswordResetNotification>,
        INotificationHandler<UserDeactivatedNotification>,
        INotificationHandler<UserReactivatedNotification>,
        INotificationHandler<TwoFactorEnabledNotification>,
        INotificationHandler<TwoFactorDisabledNotification>,
        INotificationHandler<RecoveryCodeUsedNotification>,
        INotificationHandler<RecoveryCodesRegeneratedNotification>,
        INotificationHandler<SessionRevokedNotification>,
        INotificationHandler<PasskeyAddedNotification>,
        INotificationHandler<PasskeyRemovedNotification>
{
    // Whoever was signed in: an administrator creating the account, or nobody for a self sign-up or the command line.
    public Task Handle(UserRegisteredNotification notification, CancellationToken cancellationToken) =>
        RecordAsync(AuditEventTypes.UserRegistered, notification.UserId, request.UserId, notification.RegisteredAt,
            new { notification.Email, notification.DisplayName }, cancellationToken);

    public Task Handle(RoleGrantedNotification notification, CancellationToken cancellationToken) =>
        RecordAsync(AuditEventTypes.RoleGranted, notification.UserId, notification.ActorId ?? request.UserId, notification.At,
            new { notification.Email, notification.Role }, cancellationToken);

    public Task Handle(RoleRevokedNotification notification, CancellationToken cancellationToken) =>
        RecordAsync(AuditEventTypes.RoleRevoked, notification.UserId, notification.ActorId ?? request.UserId, notification.At,
            new { notification.Email, notification.Role }, cancellationToken);

    // Profile and password changes are self-service: the user acts on their own account.
    public Task Handle(ProfileUpdatedNotification notification, CancellationToken cancellationToken) =>
        RecordAsync(AuditEventTypes.ProfileUpdated, notification.UserId, request.UserId ?? notification.UserId, notification.At,
            new { notification.Email, notification.ChangedFields }, cancellationToken);

    public Task Handle(PasswordChangedNotification notification, CancellationToken cancellationToken) =>
        RecordAsync(AuditEventTypes.PasswordChanged, notification.UserId, request.UserId ?? notification.UserId, notification.At,
            new { notification.Email }, cancellationToken);

    public Task Handle(UserSignedInNotification notification, CancellationToken cancellationToken) =>
        RecordAsync(AuditEventTypes.UserSignedIn, notification.UserId, notification.UserId, notification.At,
            new { notification.Email }, cancellationToken, notification.ClientIp);

    // A failure against an address with no account has no subject to record it under; the rate limiter covers floods.
    public Task Handle(SignInFailedNotification notification, CancellationToken cancellationToken) =>
        notification.UserId is null
            ? Task.CompletedTask
            : RecordAsync(AuditEventTypes.SignInFailed, notification.UserId, null, notification.At,
                new { notification.Email }, cancellationToken, notification.ClientIp);

    public Task Handle(UserLockedOutNotification notification, CancellationToken cancellationToken) =>
        RecordAsync(AuditEventTypes.UserLockedOut, notification.UserId, null, notification.At,
            new { notification.Email }, cancellationToken, notification.ClientIp);

    public Task Handle(UserSignedOutNotification notification, CancellationToken cancellationToken) =>
        RecordAsync(AuditEventTypes.UserSignedOut, notification.UserId, notification.UserId, notification.At,
            new { }, cancellationToken, notification.ClientIp);

    public Task Handle(EmailConfirmationRequestedNotification notification, CancellationToken cancellationToken) =>
        RecordAsync(AuditEventTypes.EmailConfirmationRequested, notification.UserId, request.UserId, notification.At,
            new { notification.Email }, cancellationToken);

    public Task Handle(EmailConfirmedNotification notification, CancellationToken cancellationToken) =>
        RecordAsync(AuditEventTypes.EmailConfirmed, notification.UserId, notification.UserId, notification.At,
            new { notification.Email }, cancellationToken);

    public Task Handle(PasswordResetRequestedNotification notification, CancellationToken cancellationToken) =>
        RecordAsync(AuditEventTypes.PasswordResetRequested, notification.UserId, null, notification.At,
            new { notification.Email }, cancellationToken, notification.ClientIp);

    public Task Handle(PasswordResetNotification notification, CancellationToken cancellationToken) =>
        RecordAsync(AuditEventTypes.PasswordReset, notification.UserId, notification.UserId, notification.At,
            new { notification.Email }, cancellationToken);

    public Task Handle(UserDeactivatedNotification notification, CancellationToken cancellationToken) =>
        RecordAsync(AuditEventTypes.UserDeactivated, notification.UserId, notification.ActorId ?? request.UserId, notification.At,
            new { notification.Email }, cancellationToken);

    public Task Handle(UserReactivatedNotification notification, CancellationToken cancellationToken) =>
        RecordAsync(AuditEventTypes.UserReactivated, notification.UserId, notification.ActorId ?? request.UserId, notification.At,
            new { notification.Email }, cancellationToken);

    // Second factors are self-service, except an operator's reset, which names the operator when there is one.
    public Task Handle(TwoFactorEnabledNotification notification, CancellationToken cancellationToken) =>
        RecordAsync(AuditEventTypes.TwoFactorEnabled, notification.UserId, request.UserId ?? notification.UserId, notification.At,
            new { notification.Email }, cancellationToken);

    public Task Handle(TwoFactorDisabledNotification notification, CancellationToken cancellationToken) =>
        RecordAsync(AuditEventTypes.TwoFactorDisabled, notification.UserId,
            notification.ByOperator ? notification.ActorId ?? request.UserId : request.UserId ?? notification.UserId, notification.At,
            new { notification.Email, notification.ByOperator }, cancellationToken);

    public Task Handle(RecoveryCodeUsedNotification notification, CancellationToken cancellationToken) =>
        RecordAsync(AuditEventTypes.RecoveryCodeUsed, notification.UserId, notification.UserId, notification.At,
            new { notification.Email, notification.CodesLeft }, cancellationToken, notification.ClientIp);

    public Task Handle(RecoveryCodesRegeneratedNotification notification, CancellationToken cancellationToken) =>
        RecordAsync(AuditEventTypes.RecoveryCodesRegenerated, notification.UserId, request.UserId ?? notification.UserId, notification.At,
            new { notification.Email }, cancellationToken);

    public Task Handle(SessionRevokedNotification notification, CancellationToken cancellationToken) =>
        RecordAsync(AuditEventTypes.SessionRevoked, notification.UserId, request.UserId ?? notification.UserId, notification.At,
            new { notification.Email, notification.Sessions, notification.AllOthers }, cancellationToken);

    public Task Handle(PasskeyAddedNotification notification, CancellationToken cancellationToken) =>
        RecordAsync(AuditEventTypes.PasskeyAdded, notification.UserId, request.UserId ?? notification.UserId, notification.At,
            new { notification.Email, notification.Name }, cancellationToken);

    public Task Handle(PasskeyRemovedNotification notification, CancellationToken cancellationToken) =>
        RecordAsync(AuditEventTypes.PasskeyRemoved, notification.UserId, request.UserId ?? notification.UserId, notification.At,
            new { notification.Email, notification.Name }, cancellationToken);

    private Task RecordAsync(
        string type, string subjectUserId, string? actorUserId, DateTimeOffset at, object details, CancellationToken cancellationToken,
        string? ipAddress = null) =>
        trail.RecordAsync(type, subjectUserId, actorUserId, at, ipAddress ?? request.IpAddress, details, cancellationToken);
}
