using Festival.Application.Accounts.Passkeys;
using Festival.Application.Accounts.Sessions;
using Festival.Application.Email;
using Festival.Application.Outbox;

namespace Festival.Application.Accounts.TwoFactor.Reactions;

/// <summary>
/// Tells the owner of every change to how their account signs in, through the outbox, so a change they did not
/// make does not go unnoticed.
/// </summary>
internal sealed class SecurityNoticeHandler(IOutbox outbox)
    : INotificationHandler<TwoFactorEnabledNotification>,
        INotificationHandler<TwoFactorDisabledNotification>,
        INotificationHandler<RecoveryCodeUsedNotification>,
        INotificationHandler<RecoveryCodesRegeneratedNotification>,
        INotificationHandler<SessionRevokedNotification>,
        INotificationHandler<PasskeyAddedNotification>,
        INotificationHandler<PasskeyRemovedNotification>
{
    public Task Handle(TwoFactorEnabledNotification notification, CancellationToken cancellationToken) =>
        NotifyAsync("two-factor-enabled", notification.UserId, notification.Email, notification.At,
            "Two-factor sign-in was turned on", "two-factor sign-in was turned on: signing in now also asks for a code from an authenticator app",
            cancellationToken);

    public Task Handle(TwoFactorDisabledNotification notification, CancellationToken cancellationToken) =>
        NotifyAsync("two-factor-disabled", notification.UserId, notification.Email, notification.At,
            "Two-factor sign-in was turned off",
            notification.ByOperator
                ? "two-factor sign-in was turned off by the festival office, at your request; set it up again from your account's Security page"
                : "two-factor sign-in was turned off: signing in now needs only the password",
            cancellationToken);

    public Task Handle(RecoveryCodeUsedNotification notification, CancellationToken cancellationToken) =>
        NotifyAsync("recovery-code-used", notification.UserId, notification.Email, notification.At,
            "A recovery code was used to sign in",
            $"a recovery code was used to sign in; {notification.CodesLeft} unused code(s) are left",
            cancellationToken);

    public Task Handle(RecoveryCodesRegeneratedNotification notification, CancellationToken cancellationToken) =>
        NotifyAsync("recovery-codes-regenerated", notification.UserId, notification.Email, notification.At,
            "New recovery codes were made", "new recovery codes were made and the old ones stopped working", cancellationToken);

    public Task Handle(SessionRevokedNotification notification, CancellationToken cancellationToken) =>
        NotifyAsync("session-revoked", notification.UserId, notification.Email, notification.At, "Signed out elsewhere",
            notification.AllOthers
                ? $"every other browser was signed out ({notification.Sessions} session(s))"
                : "one browser was signed out from the Security page",
            cancellationToken);

    public Task Handle(PasskeyAddedNotification notification, CancellationToken cancellationToken) =>
        NotifyAsync("passkey-added", notification.UserId, notification.Email, notification.At, "A passkey was added",
            $"a passkey named \"{notification.Name}\" was added: it can sign in without the password", cancellationToken);

    public Task Handle(PasskeyRemovedNotification notification, CancellationToken cancellationToken) =>
        NotifyAsync("passkey-removed", notification.UserId, notification.Email, notification.At, "A passkey was removed",
            $"the passkey named \"{notification.Name}\" was removed", cancellationToken);

    /// <summary>One notice; the idempotency key names the change, so a retried command cannot send it twice.</summary>
    internal Task NotifyAsync(string kind, string userId, string email, DateTimeOffset at, string subject, string what, CancellationToken cancellationToken) =>
        outbox.EnqueueAsync(new EmailMessage(email, subject, $"""
            Hello,

            On {at:d MMMM yyyy 'at' HH:mm} UTC, {what} for the Festival account {email}.

            If that was you, there is nothing to do. If it was not, change your password at once and tell the festival office.

            The Festival team
            """), $"{kind}:{userId}:{at.UtcTicks}", cancellationToken);
}
