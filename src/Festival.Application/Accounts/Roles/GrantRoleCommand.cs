namespace Festival.Application.Accounts.Roles;

/// <summary>Gives a user a role. <paramref name="ActorId"/> is who did it (null from the command line).</summary>
public sealed record GrantRoleCommand(string UserId, string Role, string? ActorId = null) : IRequest<Result>, ITransactionalRequest;
