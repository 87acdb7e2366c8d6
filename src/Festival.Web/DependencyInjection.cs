using System.Text.Json.Serialization;
using Festival.Application.Imports;
using Festival.Domain.Accounts;
using Festival.Web.Accounts;
using Festival.Web.Api;
using Festival.Web.Security;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Festival.Web;

public static class DependencyInjection
{
    /// <summary>Pages that try a password or send an email: limited like sign-in.</summary>
    private static readonly string[] SignInLimitedPages = ["/Account/Login", "/Account/ForgotPassword", "/Account/ResetPassword", "/Account/ResendConfirmation"];

    /// <summary>Folders under /Admin that run the festival: they need <c>festival_admin</c>, not <c>admin</c>.</summary>
    public static readonly string[] FestivalStaffFolders = [
        "/Admin/Season", "/Admin/Classes", "/Admin/People", "/Admin/Repertoire", "/Admin/Imports", "/Admin/Fees", "/Admin/Entries", "/Admin/Invoices",
        "/Admin/LateWindow", "/Admin/Schedule", "/Admin/Results",
    ];

    /// <summary>Account administration under /Admin: needs <c>admin</c>.</summary>
    private static readonly string[] AccountAdminPages = ["/Admin/Index", "/Admin/Audit", "/Admin/Outbox"];

    /// <summary>Pages, the API, the sign-in cookie, permission policies, rate limits: everything HTTP-specific.</summary>
    public static IServiceCollection AddWeb(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);

        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.Cookie.Name = "Festival.Auth";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.Cookie.SecurePolicy = environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
            cookie.LoginPath = "/Account/Login";
            cookie.LogoutPath = "/Account/Logout";
            cookie.AccessDeniedPath = "/Account/AccessDenied";
            cookie.SlidingExpiration = true;
            cookie.Events.OnValidatePrincipal = SessionValidation.ValidateAsync;
            // The API answers with status codes; only pages redirect to the sign-in form.
            cookie.Events.OnRedirectToLogin = context => ApiAware(context.HttpContext, StatusCodes.Status401Unauthorized,
                "Sign in first.", () => context.Response.Redirect(context.RedirectUri));
            cookie.Events.OnRedirectToAccessDenied = context => ApiAware(context.HttpContext, StatusCodes.Status403Forbidden,
                "Your account does not have permission for this.", () => context.Response.Redirect(context.RedirectUri));
        });
        // Role and permission changes reach an open session within this interval; a new security stamp ends it at once.
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.FromMinutes(1));
        services.Configure<CookieTempDataProviderOptions>(options =>
        {
            options.Cookie.SecurePolicy = environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
            options.Cookie.SameSite = SameSiteMode.Lax;
        });
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "Festival.Antiforgery";
            options.Cookie.SecurePolicy = environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
        });

        services.AddAuthorizationBuilder().AddPermissionPolicies();
        services.AddRazorPages(options =>
        {
            // Any staff permission opens /Admin; each part then asks for its own, so festival staff never see accounts.
            options.Conventions.AuthorizeFolder("/Admin", PermissionPolicy.Staff);
            options.Conventions.AuthorizeFolder("/Admin/Users", PermissionPolicy.For(Permissions.Admin));
            foreach (var page in AccountAdminPages)
            {
                options.Conventions.AuthorizePage(page, PermissionPolicy.For(Permissions.Admin));
            }

            foreach (var folder in FestivalStaffFolders)
            {
                options.Conventions.AuthorizeFolder(folder, PermissionPolicy.For(Permissions.FestivalAdmin));
            }

            options.Conventions.AuthorizeFolder("/Account");
            options.Conventions.AuthorizePage("/Dashboard");
            options.Conventions.AuthorizeFolder("/Entries");
            options.Conventions.AuthorizeFolder("/Adjudicate", PermissionPolicy.For(Permissions.Adjudicate));
            options.Conventions.AllowAnonymousToPage("/Account/Register");
            options.Conventions.AllowAnonymousToPage("/Account/Login");
            options.Conventions.AllowAnonymousToPage("/Account/AccessDenied");
            options.Conventions.AllowAnonymousToPage("/Account/Logout");
            options.Conventions.AllowAnonymousToPage("/Account/ForgotPassword");
            options.Conventions.AllowAnonymousToPage("/Account/ResetPassword");
            options.Conventions.AllowAnonymousToPage("/Account/ConfirmEmail");
            options.Conventions.AllowAnonymousToPage("/Account/ResendConfirmation");
            options.Conventions.AddPageApplicationModelConvention("/Account/Register",
                page => page.EndpointMetadata.Add(new EnableRateLimitingAttribute(RateLimitOptions.Register)));
            foreach (var page in SignInLimitedPages)
            {
                options.Conventions.AddPageApplicationModelConvention(page,
                    model => model.EndpointMetadata.Add(new EnableRateLimitingAttribute(RateLimitOptions.SignIn)));
            }
        });

        services.ConfigureHttpJsonOptions(json =>
        {
            // A body with unknown or missing fields is a 400, not a silently half-understood request.
            json.SerializerOptions.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
            json.SerializerOptions.RespectNullableAnnotations = true;
            json.SerializerOptions.RespectRequiredConstructorParameters = true;
            json.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
        });
        // Multipart uploads may be as large as an import file; every other body is still held to 1 MiB by RequestBodyLimit.
        services.AddOptions<FormOptions>().Configure<IOptions<ImportOptions>>((form, imports) =>
            form.MultipartBodyLengthLimit = Math.Max(form.MultipartBodyLengthLimit, imports.Value.MaxBytes + LargeUploadAttribute.MultipartOverhead));
        services.AddProblemDetails();
        services.AddExceptionHandler<DatabaseUnavailableHandler>();
        // Unreadable bodies reach UnreadableRequestHandler as exceptions, to be answered with field-keyed errors.
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.AddExceptionHandler<UnreadableRequestHandler>();
        services.AddOpenApi();
        RateLimitOptions.AddFestivalRateLimits(services, configuration);
        ProxyOptions.AddFestivalForwardedHeaders(services, configuration);
        services.AddHsts(options => options.MaxAge = TimeSpan.FromDays(365));
        services.AddSignInSecurity(configuration, environment);

        return services;
    }

    public static WebApplication UseWeb(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        // First: everything after it sees the client's address and scheme, not the proxy's.
        app.UseForwardedHeaders();
        app.UseWhen(IsApi, api => api.UseExceptionHandler().UseStatusCodePages());
        app.UseWhen(context => !IsApi(context), pages =>
        {
            if (!app.Environment.IsDevelopment())
            {
                pages.UseExceptionHandler("/Error");
            }

            pages.UseStatusCodePagesWithReExecute("/Status", "?code={0}");
        });

        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
            app.UseHttpsRedirection();
        }

        app.UseSecurityHeaders();
        if (!app.Environment.IsDevelopment())
        {
            app.UseMiddleware<PlainHttpGuard>();
        }

        app.UseStaticFiles();
        app.UseRouting();
        app.UseRequestBodyLimit(app.Configuration.GetValue(RequestBodyLimit.Key, RequestBodyLimit.Default),
            app.Services.GetRequiredService<IOptions<ImportOptions>>().Value.MaxBytes + LargeUploadAttribute.MultipartOverhead);
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();

        app.MapHealthChecks("/health", new HealthCheckOptions { AllowCachingResponses = false });
        app.MapOpenApi();
        app.MapAccountApi();
        app.MapAdminApi();
        app.MapReportApi();
        app.MapScheduleApi();
        app.MapEntryApi();
        app.MapImportApi();
        app.MapPaymentApi();
        app.MapPrivacyApi();
        app.MapResultsApi();
        app.MapTimetableFeed();
        app.MapRazorPages();
        return app;
    }

    private static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments("/api");

    private static Task ApiAware(HttpContext context, int status, string title, Action redirect)
    {
        if (!IsApi(context))
        {
            redirect();
            return Task.CompletedTask;
        }

        return TypedResults.Problem(statusCode: status, title: title).ExecuteAsync(context);
    }
}
