using Festival.Infrastructure.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Festival.Web.Accounts;

/// <summary>
/// Checks every signed-in request against the account's security stamp (one indexed query), so a password change,
/// or anything else that renews the stamp, ends other sessions at once rather than at the next periodic check.
/// Roles and permissions still come from the cookie; Identity's periodic validator refreshes them.
/// </summary>
public static class SessionValidation
{
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
        var current = await services.GetRequiredService<SessionStamps>().CurrentAsync(userId);
        if (current is null || !string.Equals(current, principal.FindFirst(stampClaim)?.Value, StringComparison.Ordinal))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
            return;
        }

        await SecurityStampValidator.ValidatePrincipalAsync(context);
    }
}
