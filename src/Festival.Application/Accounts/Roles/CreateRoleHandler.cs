namespace Festival.Application.Accounts.Roles;

internal sealed class CreateRoleHandler(IRoles roles) : IRequestHandler<CreateRoleCommand, Result>
{
    public async Task<Result> Handle(CreateRoleCommand request, CancellationToken cancellationToken)
    {
        if (await roles.FindAsync(request.Name, cancellationToken) is not null)
        {
            return Result.Failed(AccountErrors.RoleExists(request.Name));
        }

        await roles.CreateAsync(request.Name, request.Permissions.Distinct(StringComparer.Ordinal).ToArray(), cancellationToken);
        return Result.Success();
    }
}
