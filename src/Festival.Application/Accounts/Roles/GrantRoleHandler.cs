namespace Festival.Application.Accounts.Roles;

internal sealed class GrantRoleHandler(IUserAccounts accounts, IRoles roles, IMediator mediator, TimeProvider clock)
    : IRequestHandler<GrantRoleCommand, Result>
{
    public async Task<Result> Handle(GrantRoleCommand request, CancellationToken cancellationToken)
    {
        var target = await RoleChangeTarget.FindAsync(accounts, roles, request.UserId, request.Role, cancellationToken);
        if (!target.Succeeded)
        {
            return target;
        }

        var (user, role) = target.Value;

        // Granting a role someone already holds changes nothing, so nothing is announced.
        if (await roles.AddMemberAsync(user.Id, role.Name, cancellationToken))
        {
            await mediator.Publish(new RoleGrantedNotification(user.Id, user.Email, role.Name, request.ActorId, clock.GetUtcNow()), cancellationToken);
        }

        return Result.Success();
    }
}
