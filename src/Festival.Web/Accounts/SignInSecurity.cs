using Festival.Web.Security;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Festival.Web.Accounts;

/// <summary>
/// Two-factor sign-in's pages and cookies, the staff rule, and session records: one call from <see cref="DependencyInjection.AddWeb"/>.
/// </summary>
public static class SignInSecurity
{
    /// <summary>Pages that try a second factor: open to the browser that passed the password step, limited like sign-in.</summary>
    public static readonly IReadOnlyList<string> SecondStepPages = ["/Account/LoginWith2fa", "/Account/LoginWithRecoveryCode"];

    public static IServiceCollection AddSignInSecurity(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddOptions<SecurityOptions>().Bind(configuration.GetSection(SecurityOptions.Section))
            .Validate(o => o.IsValid(), "Festival:Security:RememberBrowserFor must be positive and RequireTwoFactorForPermissions must not hold empty names.")
            .ValidateOnStart();
        var options = configuration.GetSection(SecurityOptions.Section).Get<SecurityOptions>() ?? new SecurityOptions();
        var secure = environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;

        // "Remember this browser": a persistent cookie, checked against the security stamp, so turning two-factor off
        // (or on again) forgets every remembered browser.
        services.Configure<CookieAuthenticationOptions>(IdentityConstants.TwoFactorRememberMeScheme, cookie =>
        {
            cookie.Cookie.Name = "Festival.TwoFactorBrowser";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.Cookie.SecurePolicy = secure;
            cookie.ExpireTimeSpan = options.RememberBrowserFor;
        });
        // Between the password and the code: names the account for five minutes, nothing more.
        services.Configure<CookieAuthenticationOptions>(IdentityConstants.TwoFactorUserIdScheme, cookie =>
        {
            cookie.Cookie.Name = "Festival.TwoFactorPending";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.Cookie.SecurePolicy = secure;
        });

        services.Configure<RazorPagesOptions>(pages =>
        {
            foreach (var page in SecondStepPages)
            {
                pages.Conventions.AllowAnonymousToPage(page);
                pages.Conventions.AddPageApplicationModelConvention(page,
                    model => model.EndpointMetadata.Add(new EnableRateLimitingAttribute(RateLimitOptions.SignIn)));
            }
        });
        // Every sign-in cookie names a session record; signing out, or ending it from the security page, deletes it.
        services.PostConfigure<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme, cookie =>
        {
            cookie.Events.OnSigningIn = SessionValidation.SigningInAsync;
            cookie.Events.OnSigningOut = SessionValidation.SigningOutAsync;
        });
        services.Configure<SecurityStampValidatorOptions>(stamps => stamps.OnRefreshingPrincipal = SessionValidation.KeepSessionAsync);
        return services.AddSecondFactorRule();
    }
}
