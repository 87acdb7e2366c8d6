using Festival.Application.Accounts.ConfirmEmail;
using Microsoft.Extensions.Options;

namespace Festival.Application.Accounts.Register.Reactions;

/// <summary>When confirmation is required, a new account is asked to confirm its address straight away.</summary>
internal sealed class RequestConfirmationOnRegistrationHandler(IMediator mediator, IOptions<AccountOptions> options)
    : INotificationHandler<UserRegisteredNotification>
{
    public Task Handle(UserRegisteredNotification notification, CancellationToken cancellationToken) =>
        options.Value.RequireConfirmedEmail
            ? mediator.Publish(new EmailConfirmationRequestedNotification(notification.UserId, notification.Email, notification.RegisteredAt), cancellationToken)
            : Task.CompletedTask;
}
