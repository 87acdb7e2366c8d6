using Festival.Domain.Accounts;

namespace Festival.Application.Accounts.Roles;

internal sealed class RevokeRoleHandler(IUserAccounts accounts, IRoles roles, IMediator mediator, TimeProvider clock)
    : IRequestHandler<RevokeRoleCommand, Result>
{
    public async Task<Result> Handle(RevokeRoleCommand request, CancellationToken cancellationToken)
    {
        var target = await RoleChangeTarget.FindAsync(accounts, roles, request.UserId, request.Role, cancellationToken);
        if (!target.Succeeded)
        {
            return target;
        }

        var (user, role) = target.Value;
        var holdsIt = user.Roles.Contains(role.Name, StringComparer.OrdinalIgnoreCase);
        if (holdsIt && string.Equals(role.Name, RoleNames.Admin, StringComparison.OrdinalIgnoreCase)
            && await roles.CountActiveMembersAsync(role.Name, cancellationToken) <= 1)
        {
            return Result.Failed(AccountErrors.LastAdmin);
        }

        if (await roles.RemoveMemberAsync(user.Id, role.Name, cancellationToken))
        {
            await mediator.Publish(new RoleRevokedNotification(user.Id, user.Email, role.Name, request.ActorId, clock.GetUtcNow()), cancellationToken);
        }

        return Result.Success();
    }
}
