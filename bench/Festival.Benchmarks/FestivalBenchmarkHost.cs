using System.Text.Json;
using Festival.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Festival.Benchmarks;

/// <summary>The whole app in-process, in Production, on a benchmark's database, with rate limits lifted and quiet logs.</summary>
internal sealed class FestivalBenchmarkHost(TestDatabase database, Action<IServiceCollection>? configureServices = null) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        // Run in-process by BenchmarkDotNet, the factory does not find the app's folder by itself; the manifest names it.
        var manifest = JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "MvcTestingAppManifest.json")))!;
        builder.UseContentRoot(manifest[typeof(Program).Assembly.FullName!]);
        var settings = new Dictionary<string, string?>(FestivalTestServices.Settings(database))
        {
            ["Festival:RateLimits:RegisterPerMinute"] = "100000",
            ["Festival:RateLimits:SignInPerMinute"] = "100000",
            // Production asks staff for a second factor; these benchmarks time pages, not that rule, so it names a permission nobody holds.
            ["Festival:Security:RequireTwoFactorForPermissions:0"] = "benchmark-none",
            ["Festival:Security:RequireTwoFactorForPermissions:1"] = "benchmark-none",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:Microsoft.AspNetCore.HttpsPolicy"] = "Error",
        };
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        if (configureServices is not null)
        {
            builder.ConfigureTestServices(configureServices);
        }
    }
}
