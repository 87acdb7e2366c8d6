using Festival.Domain.Accounts;
using Microsoft.AspNetCore.Authorization;

namespace Festival.Web.Security;

/// <summary>One authorization policy per permission: pages and endpoints ask for permissions, never role names.</summary>
public static class PermissionPolicy
{
    public const string Prefix = "permission:";

    public static readonly IReadOnlyList<string> Known = [Permissions.Admin, Permissions.UserRead, Permissions.UserWrite];

    public static string For(string permission) => Prefix + permission;

    public static AuthorizationBuilder AddPermissionPolicies(this AuthorizationBuilder authorization)
    {
        ArgumentNullException.ThrowIfNull(authorization);
        foreach (var permission in Known)
        {
            authorization.AddPolicy(For(permission), policy => policy.RequireAuthenticatedUser().RequireClaim(Permissions.ClaimType, permission));
        }

        return authorization;
    }
}
