namespace Festival.Application.Accounts.Roles;

/// <summary>Takes a role from a user. The last member of the Admin role cannot lose it.</summary>
public sealed record RevokeRoleCommand(string UserId, string Role, string? ActorId = null) : IRequest<Result>, ITransactionalRequest;
