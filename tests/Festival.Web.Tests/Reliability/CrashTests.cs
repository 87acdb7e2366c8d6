using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using Festival.Infrastructure.Persistence;
using Festival.Web.Cli;

namespace Festival.Web.Tests.Reliability;

/// <summary>
/// The real server process on a real database (a SQLite file, and PostgreSQL), killed with SIGKILL in the middle of a burst of registrations and
/// started again: every registration that was answered 201 survives, and <c>db check</c> finds nothing half-written.
/// </summary>
[TestFixture(DatabaseProvider.Sqlite)]
[TestFixture(DatabaseProvider.PostgreSql)]
public sealed class CrashTests(DatabaseProvider provider)
{
    private static readonly string App = Path.Combine(AppContext.BaseDirectory, "Festival.Web.dll");

    private TestDatabase _database = null!;

    [SetUp]
    public void SetUp() => _database = new TestDatabase(provider);

    private readonly List<int> _servers = [];

    [TearDown]
    public void TearDown()
    {
        // A failed assertion must not leave a server running (its Process object may be disposed by then: go by id).
        foreach (var id in _servers)
        {
            try
            {
                using var server = Process.GetProcessById(id);
                server.Kill(entireProcessTree: true);
                server.WaitForExit();
            }
            catch (Exception e) when (e is ArgumentException or InvalidOperationException)
            {
                // Already gone.
            }
        }

        _servers.Clear();
        _database.Dispose();
    }

    [Test]
    public async Task Killing_the_server_mid_load_loses_no_acknowledged_registration_and_leaves_nothing_half_written()
    {
        var port = FreePort();
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(30) };
        var acknowledged = new ConcurrentBag<string>();

        // Before the crash mail cannot go out (nothing listens on the SMTP port), so every welcome email stays pending.
        using (var server = await StartServer(port, http, mailWorks: false))
        {
            using var stop = new CancellationTokenSource();
            var workers = Enumerable.Range(0, 4).Select(worker => Task.Run(async () =>
            {
                for (var i = 0; !stop.IsCancellationRequested; i++)
                {
                    var email = $"crash{worker}-{i}@example.org";
                    try
                    {
                        var response = await http.PostAsJsonAsync("/api/account/register", new { email, password = FestivalWebFactory.Password }, stop.Token);
                        if (response.StatusCode == HttpStatusCode.Created)
                        {
                            acknowledged.Add(email);
                        }
                    }
                    catch (Exception e) when (e is HttpRequestException or OperationCanceledException)
                    {
                        return; // the server is gone: the outcome of this last request is unknown, and that is allowed
                    }
                }
            })).ToArray();

            await WaitUntil(() => acknowledged.Count >= 24, TimeSpan.FromSeconds(90));
            server.Kill(entireProcessTree: true); // SIGKILL: no shutdown hooks, no flushing
            await server.WaitForExitAsync();
            await stop.CancelAsync();
            await Task.WhenAll(workers);
        }

        using (var restarted = await StartServer(port, http, mailWorks: true))
        {
            var registered = new ConcurrentBag<string>();
            var list = await RunCli("users", "list");
            foreach (var line in list.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                registered.Add(line.Split('\t')[0]);
            }

            var check = await RunCli("db", "check");

            Assert.That(check.ExitCode, Is.Zero, check.Out + check.Error);
            Assert.That(registered, Is.SupersetOf(acknowledged), "every 201 survived the crash");

            // One welcome email per account, delivered after the restart: pending messages were not lost.
            await WaitUntil(() => Directory.Exists(Pickup) && Directory.GetFiles(Pickup, "*.eml").Length >= registered.Count, TimeSpan.FromSeconds(60));
            Assert.That(Directory.GetFiles(Pickup, "*.eml"), Has.Length.EqualTo(registered.Count));
            Assert.That((await http.PostAsJsonAsync("/api/account/register", new { email = "after.crash@example.org", password = FestivalWebFactory.Password })).StatusCode,
                Is.EqualTo(HttpStatusCode.Created), "the restarted server takes registrations");
            restarted.Kill(entireProcessTree: true);
        }
    }

    private string Pickup => Path.Combine(_database.Folder, "pickup");

    private async Task<Process> StartServer(int port, HttpClient http, bool mailWorks)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { App, "--urls", $"http://127.0.0.1:{port}" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = _database.Folder,
            Environment =
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
                ["Database__Provider"] = _database.Provider.ToString(),
                ["ConnectionStrings__Festival"] = _database.ConnectionString,
                ["Festival__RateLimits__RegisterPerMinute"] = "100000",
                ["Logging__LogLevel__Default"] = "Warning",
                ["Festival__Email__Delivery"] = mailWorks ? "Pickup" : "Smtp",
                ["Festival__Email__Host"] = "127.0.0.1",
                ["Festival__Email__Port"] = FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Festival__Email__Security"] = "None",
                ["Festival__Email__PickupFolder"] = Pickup,
                ["Festival__Outbox__PollInterval"] = "00:00:00.500",
                ["Festival__Outbox__BaseDelay"] = "00:00:00.500",
                // However long the first run lasts, its failed messages stay pending (never dead) and come due soon.
                ["Festival__Outbox__MaxDelay"] = "00:00:01",
                ["Festival__Outbox__MaxAttempts"] = "10000",
                // Messages the killed process had claimed are taken over once its claim lapses.
                ["Festival__Outbox__ClaimTimeout"] = "00:00:03",
            },
        };
        var process = Process.Start(start)!;
        _servers.Add(process.Id);
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await WaitUntil(async () =>
        {
            Assert.That(process.HasExited, Is.False, "the server exited during start-up");
            try
            {
                return (await http.GetAsync(new Uri("/health", UriKind.Relative))).StatusCode == HttpStatusCode.OK;
            }
            catch (HttpRequestException)
            {
                return false;
            }
        }, TimeSpan.FromSeconds(60));
        return process;
    }

    private async Task<(int ExitCode, string Out, string Error)> RunCli(params string[] args)
    {
        using var services = FestivalTestServices.Create(_database);
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await new FestivalCli(services, new CliConsole(TextReader.Null, output, error, inputIsTerminal: false)).RunAsync(args);
        return (code, output.ToString(), error.ToString());
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static Task WaitUntil(Func<bool> condition, TimeSpan timeout) => WaitUntil(() => Task.FromResult(condition()), timeout);

    private static async Task WaitUntil(Func<Task<bool>> condition, TimeSpan timeout)
    {
        var deadline = Stopwatch.StartNew();
        while (!await condition())
        {
            Assert.That(deadline.Elapsed, Is.LessThan(timeout), "timed out waiting");
            await Task.Delay(50);
        }
    }
}
