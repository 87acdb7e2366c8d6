using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace Festival.Web;

public static class DependencyInjection
{
    /// <summary>Pages, the API and everything HTTP-specific.</summary>
    public static IServiceCollection AddWeb(this IServiceCollection services, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        services.AddRazorPages();
        services.AddProblemDetails();
        return services;
    }

    public static WebApplication UseWeb(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/Error");
        }

        app.UseStaticFiles();
        app.UseRouting();
        app.MapHealthChecks("/health", new HealthCheckOptions { AllowCachingResponses = false });
        app.MapRazorPages();
        return app;
    }
}
