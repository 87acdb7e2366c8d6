using Festival.Application.Accounts.ResetPassword;
using Festival.Application.Email;
using Festival.Application.Outbox;

namespace Festival.Application.Accounts.ChangePassword.Reactions;

/// <summary>Tells the owner whenever their password changes, so a change they did not make does not go unnoticed.</summary>
internal sealed class PasswordChangedNoticeHandler(IOutbox outbox)
    : INotificationHandler<PasswordChangedNotification>, INotificationHandler<PasswordResetNotification>
{
    public Task Handle(PasswordChangedNotification notification, CancellationToken cancellationToken) =>
        Notify(notification.UserId, notification.Email, notification.At, cancellationToken);

    public Task Handle(PasswordResetNotification notification, CancellationToken cancellationToken) =>
        Notify(notification.UserId, notification.Email, notification.At, cancellationToken);

    private Task Notify(string userId, string email, DateTimeOffset at, CancellationToken cancellationToken) =>
        outbox.EnqueueAsync(new EmailMessage(email, "Your Festival password was changed", $"""
            Hello,

            The password of the Festival account for {email} was changed on {at:d MMMM yyyy 'at' HH:mm} UTC,
            and every other session was signed out.

            If that was you, there is nothing to do. If it was not, reset your password at once and tell the festival office.

            The Festival team
            """), $"password-changed:{userId}:{at.UtcTicks}", cancellationToken);
}
