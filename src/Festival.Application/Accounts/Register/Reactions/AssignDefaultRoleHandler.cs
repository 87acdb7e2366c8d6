using Microsoft.Extensions.Options;

namespace Festival.Application.Accounts.Register.Reactions;

/// <summary>Every new account gets the configured default role, which is created first if it is missing.</summary>
/// <remarks>
/// Runs inside every registration's write transaction, so it only asks whether the role exists: describing the role
/// (<see cref="IRoles.FindAsync"/>) counts its members, a cost that grows with every account ever registered.
/// </remarks>
internal sealed class AssignDefaultRoleHandler(IRoles roles, IOptions<FestivalOptions> options)
    : INotificationHandler<UserRegisteredNotification>
{
    public async Task Handle(UserRegisteredNotification notification, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var name = settings.DefaultRole;
        if (!await roles.ExistsAsync(name, cancellationToken))
        {
            name = (await roles.CreateAsync(name, settings.PermissionsOf(name).ToArray(), cancellationToken)).Name;
        }

        await roles.AddMemberAsync(notification.UserId, name, cancellationToken);
    }
}
