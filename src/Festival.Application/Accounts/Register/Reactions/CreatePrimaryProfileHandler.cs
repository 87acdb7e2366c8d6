using Festival.Application.Profiles;
using Festival.Domain.Profiles;

namespace Festival.Application.Accounts.Register.Reactions;

/// <summary>Every new account gets its primary festival profile.</summary>
internal sealed class CreatePrimaryProfileHandler(IProfiles profiles)
    : INotificationHandler<UserRegisteredNotification>
{
    public Task Handle(UserRegisteredNotification notification, CancellationToken cancellationToken) =>
        profiles.AddAsync(
            Profile.CreatePrimary(notification.UserId, notification.Email, notification.DisplayName, notification.RegisteredAt),
            cancellationToken);
}
