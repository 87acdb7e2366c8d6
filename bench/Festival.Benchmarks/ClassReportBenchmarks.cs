using System.Net;
using System.Net.Http.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Festival.Application.Accounts.Roles;
using Festival.Application.Accounts.Users;
using Festival.Application.Seasons.Create;
using Festival.Domain.Accounts;
using Festival.Domain.Entries;
using Festival.Domain.People;
using Festival.Domain.Repertoire;
using Festival.Domain.Syllabus;
using Festival.Infrastructure.Persistence;
using Festival.Testing;
using MediatR;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Festival.Benchmarks;

/// <summary>
/// The classes report of a season of 20,000 entries (300 classes, 8,000 performers, 2,000 pieces; 1-2 pieces per entry),
/// seeded directly through the DbContext, served by the whole app in-process (Production, HTTPS test client) to a signed-in
/// festival administrator: one request per iteration, so the P95 column is the 95th percentile of single requests.
/// </summary>
[RequestJob]
public class ClassReportBenchmarks
{
    public const int Entries = 20_000;
    private const int Classes = 300;
    private const int Performers = 8_000;
    private const int Pieces = 2_000;

    private TestDatabase _database = null!;
    private FestivalBenchmarkHost _host = null!;
    private HttpClient _client = null!;

    [Params("/api/admin/reports/classes", "/Admin/Classes?sort=TotalSeconds&desc=true")]
    public string Url { get; set; } = string.Empty;

    [GlobalSetup]
    public async Task Setup()
    {
        _database = new TestDatabase();
        _host = new FestivalBenchmarkHost(_database);
        _client = _host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true, BaseAddress = new Uri("https://localhost") });
        var account = new { email = "reports@example.org", password = "Festival-2026" };
        (await _client.PostAsJsonAsync("/api/account/register", account)).EnsureSuccessStatusCode();
        await using (var scope = _host.Services.CreateAsyncScope())
        {
            var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
            var user = await mediator.Send(new FindAccountByEmailQuery(account.email));
            await mediator.Send(new GrantRoleCommand(user!.Id, RoleNames.Admin));
            var season = await mediator.Send(new CreateSeasonCommand("2027"));
            await SeedAsync(scope.ServiceProvider.GetRequiredService<FestivalDbContext>(), season.Value.SeasonId);
        }

        (await _client.PostAsJsonAsync("/api/account/login", account)).EnsureSuccessStatusCode();
        await ClassesReport();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _client.Dispose();
        _host.Dispose();
        _database.Dispose();
    }

    [Benchmark(Description = "GET classes report, 20,000 entries")]
    public async Task<int> ClassesReport()
    {
        using var response = await _client.GetAsync(new Uri(Url, UriKind.Relative));
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"GET {Url} answered {(int)response.StatusCode}.");
        }

        return (await response.Content.ReadAsByteArrayAsync()).Length;
    }

    /// <summary>The season's records in batches, with change tracking cleared between them, as a bulk import would write them.</summary>
    public static async Task SeedAsync(FestivalDbContext db, int seasonId)
    {
        var at = DateTimeOffset.UtcNow;
        var disciplines = new[] { "Vocal", "Piano", "Strings", "Woodwind", "Brass", "Choral" };
        var types = new[] { ClassType.Solo, ClassType.Solo, ClassType.Solo, ClassType.Duet, ClassType.Recital };
        var classes = Enumerable.Range(0, Classes).Select(i => SampleSeason.Class(seasonId, 1000 + i * 10, "", $"Class {i}", disciplines[i % disciplines.Length],
            $"Grade {i % 9}", types[i % types.Length], 20m + i % 15, 180 + i % 4 * 60, 60)).ToList();
        db.Classes.AddRange(classes);
        var people = Enumerable.Range(0, Performers).Select(i => new Person($"Performer {i:D5}", PersonRoles.Participant, $"B-{i:D5}", at)).ToList();
        db.People.AddRange(people);
        var pieces = Enumerable.Range(0, Pieces).Select(i => new Piece($"Piece {i}", $"Composer {i % 150}", 90 + i % 400, at)).ToList();
        db.Pieces.AddRange(pieces);
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();

        db.ChangeTracker.AutoDetectChangesEnabled = false;
        for (var k = 0; k < Entries; k++)
        {
            // Performer k % 8000 enters class (7k + k / 8000) % 300: no performer enters one class twice.
            var festivalClass = classes[(7 * k + k / Performers) % Classes];
            var entry = Entry.ForPeople(seasonId, festivalClass.Id, [people[k % Performers].Id], festivalClass.Fee, at);
            var first = pieces[k % Pieces];
            entry.Describe(null, null, null,
                k % 3 == 0 ? [(first.Id, first.DurationSeconds), (pieces[(k + 7) % Pieces].Id, 120)] : [(first.Id, first.DurationSeconds)], at);
            db.Entries.Add(entry);
            if (k % 2_000 == 1_999)
            {
                await db.SaveChangesAsync();
                db.ChangeTracker.Clear();
            }
        }

        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
        db.ChangeTracker.AutoDetectChangesEnabled = true;
    }
}

/// <summary>One request per iteration (after 10 warm-ups), 200 iterations, with the 95th percentile shown.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class RequestJobAttribute : Attribute, IConfigSource
{
    public IConfig Config { get; } = ManualConfig.CreateEmpty()
        .AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithWarmupCount(10).WithIterationCount(200)
            .WithInvocationCount(1).WithUnrollFactor(1).WithId("InProcessRequest"))
        .AddColumn(StatisticColumn.P95);
}
