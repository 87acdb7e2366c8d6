namespace Festival.Application.Accounts.Roles;

/// <summary>The user and role a grant or revoke is about, or why it cannot be done.</summary>
internal sealed record RoleChangeTarget(AccountSummary User, RoleInfo Role)
{
    public static async Task<Result<RoleChangeTarget>> FindAsync(
        IUserAccounts accounts, IRoles roles, string userId, string roleName, CancellationToken cancellationToken)
    {
        var user = await accounts.FindByIdAsync(userId, cancellationToken);
        if (user is null)
        {
            return AccountErrors.UserNotFound(userId);
        }

        var role = await roles.FindAsync(roleName, cancellationToken);
        return role is null ? AccountErrors.RoleNotFound(roleName) : Result<RoleChangeTarget>.Success(new RoleChangeTarget(user, role));
    }
}
