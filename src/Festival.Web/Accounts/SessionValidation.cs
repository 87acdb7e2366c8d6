using System.Security.Claims;
using Festival.Infrastructure.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Festival.Web.Accounts;

/// <summary>
/// Checks every signed-in request against the account's security stamp and its session record (one indexed query),
/// so a password change, or anything else that renews the stamp, ends other sessions at once rather than at the next
/// periodic check, and a session signed out from the security page ends on its next request.
/// Roles and permissions still come from the cookie; Identity's periodic validator refreshes them.
/// </summary>
public static class SessionValidation
{
    /// <summary>The cookie's claim naming its row in <c>UserSessions</c>.</summary>
    public const string SessionClaimType = "session";

    public static string? SessionId(this ClaimsPrincipal user) => user?.FindFirstValue(SessionClaimType);

    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var principal = context.Principal;
        var userId = principal?.UserId();
        if (principal is null || userId is null)
        {
            return;
        }

        var services = context.HttpContext.RequestServices;
        var stampClaim = services.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity.SecurityStampClaimType;
        var sessions = services.GetRequiredService<UserSessionStore>();
        var sessionId = principal.SessionId();
        var state = sessionId is null ? null : await sessions.StateAsync(userId, sessionId);
        if (state?.SessionLastSeenAt is null || !string.Equals(state.SecurityStamp, principal.FindFirst(stampClaim)?.Value, StringComparison.Ordinal))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
            return;
        }

        if (services.GetRequiredService<TimeProvider>().GetUtcNow() - state.SessionLastSeenAt >= UserSessionStore.LastSeenResolution)
        {
            await sessions.TouchAsync(sessionId!, context.HttpContext.ClientIp());
        }

        await SecurityStampValidator.ValidatePrincipalAsync(context);
    }

    /// <summary>
    /// A new cookie gets a session record; a reissued one (same account, same browser: a new password, two-factor
    /// turned on) keeps its session under the new stamp.
    /// </summary>
    public static async Task SigningInAsync(CookieSigningInContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Principal?.Identity is not ClaimsIdentity identity || context.Principal.UserId() is not { } userId)
        {
            return;
        }

        var services = context.HttpContext.RequestServices;
        var sessions = services.GetRequiredService<UserSessionStore>();
        var stamp = context.Principal.FindFirstValue(services.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity.SecurityStampClaimType);
        var current = context.HttpContext.User;
        var sessionId = current.UserId() == userId ? current.SessionId() : null;
        if (sessionId is not null)
        {
            await sessions.RenewAsync(sessionId, stamp);
        }
        else
        {
            sessionId = await sessions.StartAsync(userId, stamp, context.HttpContext.Request.Headers.UserAgent.ToString(), context.HttpContext.ClientIp());
        }

        foreach (var old in identity.FindAll(SessionClaimType).ToArray())
        {
            identity.RemoveClaim(old);
        }

        identity.AddClaim(new Claim(SessionClaimType, sessionId));
    }

    /// <summary>Signing out ends the session record too.</summary>
    public static async Task SigningOutAsync(CookieSigningOutContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.HttpContext.User.SessionId() is { } sessionId)
        {
            await context.HttpContext.RequestServices.GetRequiredService<UserSessionStore>().EndAsync(sessionId);
        }
    }

    /// <summary>Identity's periodic refresh builds a new principal; it keeps the session it refreshes.</summary>
    public static Task KeepSessionAsync(SecurityStampRefreshingPrincipalContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.CurrentPrincipal?.SessionId() is { } sessionId && context.NewPrincipal?.Identity is ClaimsIdentity identity
            && identity.FindFirst(SessionClaimType) is null)
        {
            identity.AddClaim(new Claim(SessionClaimType, sessionId));
        }

        return Task.CompletedTask;
    }
}
