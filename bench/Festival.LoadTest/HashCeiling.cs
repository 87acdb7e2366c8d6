using System.Diagnostics;
using Festival.Application;
using Festival.Infrastructure;
using Festival.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Festival.LoadTest;

internal sealed record HashResult(string Hasher, string Algorithm, int Samples, double MillisecondsPerHash, int Cores, double CeilingPerSecond,
    double AllCoresPerSecond, double AllCoresScaling);

/// <summary>
/// The one cost a registration must pay: the configured <see cref="IPasswordHasher{TUser}"/>, resolved from the app's
/// own container (AddApplication + AddInfrastructure on the app's appsettings.json and the environment, so any
/// configuration applies), timed on one thread. Ceiling = cores ÷ seconds per hash.
/// </summary>
internal static class HashCeiling
{
    public static HashResult Measure(DriverOptions options)
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(options.AppSettings ?? Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddEnvironmentVariables()
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddApplication().AddInfrastructure(configuration);
        using var provider = services.BuildServiceProvider();
        using var scope = provider.CreateScope();
        var hasher = scope.ServiceProvider.GetRequiredService<IPasswordHasher<FestivalUser>>();
        var settings = scope.ServiceProvider.GetRequiredService<IOptions<PasswordHasherOptions>>().Value;
        var user = new FestivalUser();

        for (var i = 0; i < 3; i++)
        {
            hasher.HashPassword(user, "Festival-2026");
        }

        var started = Stopwatch.GetTimestamp();
        for (var i = 0; i < options.HashSamples; i++)
        {
            hasher.HashPassword(user, "Festival-2026");
        }

        var perHash = Stopwatch.GetElapsedTime(started).TotalSeconds / options.HashSamples;

        // The same hashes on every core at once: what the machine really delivers when all cores hash. Cores that
        // share a physical core (SMT) or slow down when all are busy make this lower than the ceiling's assumption.
        var perThread = Math.Max(4, options.HashSamples / 2);
        var allStarted = Stopwatch.GetTimestamp();
        Parallel.For(0, Environment.ProcessorCount, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, _ =>
        {
            var own = new FestivalUser();
            for (var i = 0; i < perThread; i++)
            {
                hasher.HashPassword(own, "Festival-2026");
            }
        });
        var allCores = Environment.ProcessorCount * perThread / Stopwatch.GetElapsedTime(allStarted).TotalSeconds;

        return new HashResult(
            hasher.GetType().Name,
            $"{settings.CompatibilityMode}, {settings.IterationCount} iterations",
            options.HashSamples,
            Math.Round(perHash * 1000, 2),
            Environment.ProcessorCount,
            Math.Round(Environment.ProcessorCount / perHash, 2),
            Math.Round(allCores, 2),
            Math.Round(allCores / (Environment.ProcessorCount / perHash), 3));
    }
}
