using Festival.Domain.Accounts;
using Microsoft.AspNetCore.Authorization;

namespace Festival.Web.Security;

/// <summary>One authorization policy per permission: pages and endpoints ask for permissions, never role names.</summary>
public static class PermissionPolicy
{
    public const string Prefix = "permission:";

    public static readonly IReadOnlyList<string> Known = [Permissions.Admin, Permissions.UserRead, Permissions.UserWrite, Permissions.FestivalAdmin, Permissions.Adjudicate];

    /// <summary>The permissions that make someone staff: any of them opens the /Admin area, whose pages then ask for their own.</summary>
    public static readonly IReadOnlyList<string> StaffPermissions = [Permissions.Admin, Permissions.FestivalAdmin];

    /// <summary>Any staff permission (see <see cref="StaffPermissions"/>).</summary>
    public const string Staff = "staff";

    public static string For(string permission) => Prefix + permission;

    public static AuthorizationBuilder AddPermissionPolicies(this AuthorizationBuilder authorization)
    {
        ArgumentNullException.ThrowIfNull(authorization);
        foreach (var permission in Known)
        {
            authorization.AddPolicy(For(permission), policy => policy.RequireAuthenticatedUser().RequireClaim(Permissions.ClaimType, permission));
        }

        authorization.AddPolicy(Staff, policy => policy.RequireAuthenticatedUser()
            .RequireAssertion(context => StaffPermissions.Any(p => context.User.HasClaim(Permissions.ClaimType, p))));
        return authorization;
    }
}
