using Microsoft.Extensions.Options;

namespace Festival.Application.Accounts.Register.Reactions;

/// <summary>Every new account gets the configured default role, which is created first if it is missing.</summary>
internal sealed class AssignDefaultRoleHandler(IRoles roles, IOptions<FestivalOptions> options)
    : INotificationHandler<UserRegisteredNotification>
{
    public async Task Handle(UserRegisteredNotification notification, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var role = await roles.FindAsync(settings.DefaultRole, cancellationToken)
            ?? await roles.CreateAsync(settings.DefaultRole, settings.PermissionsOf(settings.DefaultRole).ToArray(), cancellationToken);
        await roles.AddMemberAsync(notification.UserId, role.Name, cancellationToken);
    }
}
