using System.Security.Claims;
using Festival.Application.Accounts.TwoFactor;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Festival.Web.Security;

/// <summary>
/// <c>Festival:Security:RequireTwoFactorForPermissions</c>: the policies of those permissions also require a second
/// factor, and an account that holds one of them without a second factor is sent to set it up instead of being denied.
/// </summary>
public static class SecondFactorRule
{
    public const string SetUpPage = "/Account/Security";

    /// <summary>True when <paramref name="user"/> holds a permission that needs a second factor and has none.</summary>
    public static bool IsUnmet(ClaimsPrincipal user, SecurityOptions options)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(options);
        return !user.HasClaim(SecondFactorClaim.Type, SecondFactorClaim.Present)
               && options.RequireTwoFactorForPermissions.Any(user.Has);
    }

    public static IServiceCollection AddSecondFactorRule(this IServiceCollection services)
    {
        // After every permission policy exists: each named by the rule gains the requirement.
        services.AddOptions<AuthorizationOptions>().PostConfigure<IOptions<SecurityOptions>>((authorization, security) =>
        {
            foreach (var permission in security.Value.RequireTwoFactorForPermissions)
            {
                var name = PermissionPolicy.For(permission);
                if (authorization.GetPolicy(name) is { } policy)
                {
                    authorization.AddPolicy(name, new AuthorizationPolicyBuilder(policy).RequireClaim(SecondFactorClaim.Type, SecondFactorClaim.Present).Build());
                }
            }
        });

        // Denied only for want of a second factor: pages lead to setting it up, the API says so.
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme).PostConfigure<IOptions<SecurityOptions>>((cookie, security) =>
        {
            var denied = cookie.Events.OnRedirectToAccessDenied;
            cookie.Events.OnRedirectToAccessDenied = context =>
            {
                if (!IsUnmet(context.HttpContext.User, security.Value))
                {
                    return denied(context);
                }

                if (context.Request.Path.StartsWithSegments("/api"))
                {
                    return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Set up two-factor sign-in first.",
                            detail: $"This account's permissions need a second factor: set one up at {SetUpPage}.")
                        .ExecuteAsync(context.HttpContext);
                }

                context.Response.Redirect($"{SetUpPage}?required=true");
                return Task.CompletedTask;
            };
        });
        return services;
    }
}
