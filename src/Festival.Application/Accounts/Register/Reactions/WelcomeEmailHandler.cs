using Festival.Application.Email;
using Festival.Application.Outbox;

namespace Festival.Application.Accounts.Register.Reactions;

/// <summary>
/// Welcomes every new account by email. It only writes an outbox message, in the registration's transaction:
/// the email goes out after commit, and a registration that rolls back sends nothing.
/// </summary>
internal sealed class WelcomeEmailHandler(IOutbox outbox) : INotificationHandler<UserRegisteredNotification>
{
    public Task Handle(UserRegisteredNotification notification, CancellationToken cancellationToken)
    {
        var name = notification.DisplayName ?? notification.Email;
        var email = new EmailMessage(
            notification.Email,
            "Welcome to Festival",
            $"""
            Hello {name},

            Welcome to Festival! Your account for {notification.Email} is ready.
            Sign in to complete your profile, and watch this space for the festival's classes and entries.

            See you at the festival,
            The Festival team
            """);
        return outbox.EnqueueAsync(email, IdempotencyKey(notification.UserId), cancellationToken);
    }

    /// <summary>One welcome per account, however often the registration's reactions run.</summary>
    public static string IdempotencyKey(string userId) => $"welcome:{userId}";
}
