using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using BenchmarkDotNet.Attributes;
using Festival.Infrastructure.Persistence;
using Festival.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Festival.Benchmarks;

/// <summary>
/// An authenticated <c>GET /Dashboard</c> against the whole app hosted in-process (Production environment, HTTPS test
/// client), with an EF Core interceptor counting the database commands each request sends. Every request within the
/// security-stamp interval (1 minute) reads roles and permissions from the cookie; <c>RevalidateEveryRequest</c>
/// shrinks that interval to zero to show what the once-a-minute revalidating request costs.
/// </summary>
[MicroJob]
public class DashboardBenchmarks
{
    private readonly CommandCounter _counter = new();
    private TestDatabase _database = null!;
    private FestivalBenchmarkHost _host = null!;
    private HttpClient _client = null!;
    private long _requests;

    [Params(false, true)]
    public bool RevalidateEveryRequest { get; set; }

    [GlobalSetup]
    public async Task Setup()
    {
        _database = new TestDatabase();
        _host = new FestivalBenchmarkHost(_database, services =>
        {
            services.ConfigureDbContext<SqliteFestivalDbContext>(options => options.AddInterceptors(_counter));
            if (RevalidateEveryRequest)
            {
                services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.Zero);
            }
        });
        _client = _host.CreateClient(new WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false,
            HandleCookies = true,
            BaseAddress = new Uri("https://localhost"),
        });
        var account = new { email = "dashboard@example.org", password = "Festival-2026" };
        (await _client.PostAsJsonAsync("/api/account/register", account)).EnsureSuccessStatusCode();
        (await _client.PostAsJsonAsync("/api/account/login", account)).EnsureSuccessStatusCode();
        await Dashboard();
        _counter.Reset();
        _requests = 0;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        var perRequest = _requests == 0 ? double.NaN : _counter.Commands / (double)_requests;
        var value = perRequest.ToString("0.00", CultureInfo.InvariantCulture);
        DbCommandsColumn.Values[DbCommandsColumn.Key(nameof(Dashboard), $"{nameof(RevalidateEveryRequest)}={RevalidateEveryRequest}")] = value;
        Console.WriteLine($"// DB commands per authenticated GET /Dashboard (RevalidateEveryRequest={RevalidateEveryRequest}): {value} " +
            $"({_counter.Commands} commands, {_counter.ConnectionsOpened} connection opens, {_requests} requests)");
        _client.Dispose();
        _host.Dispose();
        _database.Dispose();
    }

    [Benchmark(Description = "Authenticated GET /Dashboard")]
    public async Task<int> Dashboard()
    {
        using var response = await _client.GetAsync(new Uri("/Dashboard", UriKind.Relative));
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"GET /Dashboard answered {(int)response.StatusCode}.");
        }

        Interlocked.Increment(ref _requests);
        return (int)response.StatusCode;
    }
}
