namespace Festival.Application.Accounts.Roles;

/// <summary>Every role with its permissions and how many accounts hold it.</summary>
public sealed record ListRolesQuery : IRequest<IReadOnlyList<RoleInfo>>;

internal sealed class ListRolesHandler(IRoles roles) : IRequestHandler<ListRolesQuery, IReadOnlyList<RoleInfo>>
{
    public Task<IReadOnlyList<RoleInfo>> Handle(ListRolesQuery request, CancellationToken cancellationToken) => roles.ListAsync(cancellationToken);
}
