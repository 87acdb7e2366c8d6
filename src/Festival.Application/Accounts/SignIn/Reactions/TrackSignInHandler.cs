namespace Festival.Application.Accounts.SignIn.Reactions;

/// <summary>Sign-in tracking (Flask-Security-Too's "trackable"): last and previous sign-in, count, last address.</summary>
internal sealed class TrackSignInHandler(IUserAccounts accounts) : INotificationHandler<UserSignedInNotification>
{
    public Task Handle(UserSignedInNotification notification, CancellationToken cancellationToken) =>
        accounts.RecordSignInAsync(notification.UserId, notification.At, notification.ClientIp, cancellationToken);
}
