using System.Security.Claims;
using Festival.Domain.Accounts;

namespace Festival.Web.Security;

/// <summary>What the sign-in cookie already says about the user, so pages need no query to know it.</summary>
public static class ClaimsPrincipalExtensions
{
    public static string? UserId(this ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier);

    public static string RequiredUserId(this ClaimsPrincipal user) =>
        user.UserId() ?? throw new InvalidOperationException("The request is not signed in.");

    public static IReadOnlyList<string> Roles(this ClaimsPrincipal user) =>
        user.FindAll(ClaimTypes.Role).Select(c => c.Value).Distinct().Order(StringComparer.Ordinal).ToArray();

    public static IReadOnlyList<string> Permissions(this ClaimsPrincipal user) =>
        user.FindAll(Domain.Accounts.Permissions.ClaimType).Select(c => c.Value).Distinct().Order(StringComparer.Ordinal).ToArray();

    public static bool Has(this ClaimsPrincipal user, string permission) =>
        user.HasClaim(Domain.Accounts.Permissions.ClaimType, permission);

    public static bool IsAdmin(this ClaimsPrincipal user) => user.Has(Domain.Accounts.Permissions.Admin);
}

public static class HttpContextExtensions
{
    /// <summary>The caller's address as the server sees it (behind a proxy, configure forwarded headers).</summary>
    public static string? ClientIp(this HttpContext context) => context?.Connection.RemoteIpAddress?.ToString();
}
