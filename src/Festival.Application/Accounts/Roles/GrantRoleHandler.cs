namespace Festival.Application.Accounts.Roles;

internal sealed class GrantRoleHandler(IUserAccounts accounts, IRoles roles, IMediator mediator, TimeProvider clock)
    : IRequestHandler<GrantRoleCommand, Result>
{
    public async Task<Result> Handle(GrantRoleCommand request, CancellationToken cancellationToken)
    {
        var user = await accounts.FindByIdAsync(request.UserId, cancellationToken);
        if (user is null)
        {
            return Result.Failed(AccountErrors.UserNotFound(request.UserId));
        }

        var role = await roles.FindAsync(request.Role, cancellationToken);
        if (role is null)
        {
            return Result.Failed(AccountErrors.RoleNotFound(request.Role));
        }

        // Granting a role someone already holds changes nothing, so nothing is announced.
        if (await roles.AddMemberAsync(user.Id, role.Name, cancellationToken))
        {
            await mediator.Publish(new RoleGrantedNotification(user.Id, user.Email, role.Name, request.ActorId, clock.GetUtcNow()), cancellationToken);
        }

        return Result.Success();
    }
}
