namespace Festival.Application.Accounts.Roles;

/// <summary>Creates a role carrying the given permissions.</summary>
public sealed record CreateRoleCommand(string Name, IReadOnlyList<string> Permissions) : IRequest<Result>, ITransactionalRequest;
