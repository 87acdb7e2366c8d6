using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;
using Festival.Infrastructure.Persistence;
using Festival.Testing.Smtp;

namespace Festival.Web.Tests.ScaleOut;

/// <summary>
/// Production as a larger festival runs it, all on 127.0.0.1: one PostgreSQL database, migrated first, two app processes
/// (the real executable) on plain HTTP that trust nginx's forwarded headers, and nginx ending TLS in front of both with
/// the configuration in <c>scripts/nginx/festival-loopback.conf</c>. Mail goes to a real SMTP listener.
/// </summary>
public sealed class TwoInstancesBehindNginx : IAsyncDisposable
{
    private static readonly string App = Path.Combine(AppContext.BaseDirectory, "Festival.Web.dll");
    private readonly X509Certificate2 _certificate = TestCertificate.Create();
    private readonly List<Process> _processes = [];

    private TwoInstancesBehindNginx()
    {
        Database = new TestDatabase(DatabaseProvider.PostgreSql);
    }

    public TestDatabase Database { get; }

    public TestSmtpServer Smtp { get; } = new();

    /// <summary>The two instances' own plain-HTTP addresses.</summary>
    public Uri[] Instances { get; private set; } = [];

    public Process[] InstanceProcesses { get; private set; } = [];

    /// <summary>The site as visitors reach it: https through nginx.</summary>
    public Uri Site { get; private set; } = null!;

    public static async Task<TwoInstancesBehindNginx> StartAsync()
    {
        var nginx = new[] { "/usr/sbin/nginx", "/usr/bin/nginx" }.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("nginx is not installed: run scripts/install-test-dependencies.sh, or apt-get install -y nginx.");
        var fixture = new TwoInstancesBehindNginx();
        try
        {
            // The upgrade procedure: migrations first, once; then the instances.
            await using (var services = FestivalTestServices.Create(fixture.Database))
            {
                await services.InitializeDatabaseAsync();
            }

            var ports = new[] { FreePort(), FreePort() };
            fixture.Instances = ports.Select(p => new Uri($"http://127.0.0.1:{p}")).ToArray();
            fixture.InstanceProcesses = ports.Select(fixture.StartInstance).ToArray();
            foreach (var (instance, process) in fixture.Instances.Zip(fixture.InstanceProcesses))
            {
                await WaitHealthy(instance, process);
            }

            fixture.Site = new Uri($"https://127.0.0.1:{fixture.StartNginx(nginx, ports)}");
            using var client = fixture.Visitor();
            await Wait.UntilAsync(async () =>
            {
                try
                {
                    return (await client.GetAsync(new Uri("/health", UriKind.Relative))).StatusCode == HttpStatusCode.OK;
                }
                catch (HttpRequestException)
                {
                    return false;
                }
            }, "nginx answering over HTTPS", TimeSpan.FromSeconds(30));
            return fixture;
        }
        catch
        {
            await fixture.DisposeAsync();
            throw;
        }
    }

    /// <summary>A visitor of the site through nginx: HTTPS (trusting only the test's certificate), cookies, no redirects followed.</summary>
    public HttpClient Visitor() => new(new SocketsHttpHandler
    {
        AllowAutoRedirect = false,
        UseCookies = true,
        CookieContainer = new CookieContainer(),
        SslOptions = { RemoteCertificateValidationCallback = (_, certificate, _, _) => certificate?.GetCertHashString() == _certificate.GetCertHashString() },
    })
    {
        BaseAddress = Site,
        Timeout = TimeSpan.FromSeconds(60),
    };

    /// <summary>
    /// A client of one instance directly, speaking as nginx does (the test runs on 127.0.0.1, the trusted proxy):
    /// the request is marked as having arrived over HTTPS.
    /// </summary>
    public HttpClient Direct(int instance)
    {
        var client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false })
        {
            BaseAddress = Instances[instance],
            Timeout = TimeSpan.FromSeconds(60),
        };
        client.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        return client;
    }

    private Process StartInstance(int port)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { App, "--urls", $"http://127.0.0.1:{port}" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Database.Folder,
            Environment =
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
                ["Database__Provider"] = "PostgreSql",
                ["ConnectionStrings__Festival"] = Database.ConnectionString,
                ["Festival__Proxy__KnownProxies__0"] = "127.0.0.1",
                ["Festival__RateLimits__RegisterPerMinute"] = "100000",
                ["Festival__RateLimits__SignInPerMinute"] = "100000",
                ["Logging__LogLevel__Default"] = "Warning",
                ["Festival__Email__Delivery"] = "Smtp",
                ["Festival__Email__Host"] = Smtp.Host,
                ["Festival__Email__Port"] = Smtp.Port.ToString(CultureInfo.InvariantCulture),
                ["Festival__Email__Security"] = "None",
                ["Festival__Outbox__PollInterval"] = "00:00:00.200",
                ["Festival__Outbox__BaseDelay"] = "00:00:00.500",
                ["Festival__Outbox__MaxDelay"] = "00:00:01",
                ["Festival__Outbox__MaxAttempts"] = "10000",
                // Messages the killed instance had claimed are taken over by the other once the claim lapses. A claim
                // must outlast the delivery of its batch, even on a loaded machine: one that lapses mid-batch lets the
                // other instance send those messages again (at least once, not exactly once).
                ["Festival__Outbox__BatchSize"] = "5",
                ["Festival__Outbox__ClaimTimeout"] = "00:00:15",
            },
        };
        return Track(Process.Start(start)!);
    }

    private int StartNginx(string nginx, int[] instancePorts)
    {
        var prefix = Path.Combine(Database.Folder, "nginx");
        Directory.CreateDirectory(Path.Combine(prefix, "temp"));
        // Run as root, nginx's workers run as an unprivileged user: they must be able to write their temp files.
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(Path.Combine(prefix, "temp"), (UnixFileMode)0b111_111_111);
        }
        var (certificateFile, keyFile) = TestCertificate.WritePem(_certificate, prefix);
        var port = FreePort();
        var template = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "nginx", "festival-loopback.conf"));
        var config = Path.Combine(prefix, "nginx.conf");
        File.WriteAllText(config, template
            .Replace("@PREFIX@", prefix, StringComparison.Ordinal)
            .Replace("@PORT@", port.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("@CERT@", certificateFile, StringComparison.Ordinal)
            .Replace("@KEY@", keyFile, StringComparison.Ordinal)
            .Replace("@UPSTREAMS@", string.Concat(instancePorts.Select(p => $"server 127.0.0.1:{p} max_fails=1 fail_timeout=5s; ")), StringComparison.Ordinal));
        var start = new ProcessStartInfo(nginx)
        {
            ArgumentList = { "-c", config, "-p", prefix, "-e", Path.Combine(prefix, "error.log") },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        Track(Process.Start(start)!);
        return port;
    }

    private Process Track(Process process)
    {
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _processes.Add(process);
        return process;
    }

    private static async Task WaitHealthy(Uri instance, Process process)
    {
        using var http = new HttpClient { BaseAddress = instance, Timeout = TimeSpan.FromSeconds(10) };
        await Wait.UntilAsync(async () =>
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The instance on {instance} exited during start-up with code {process.ExitCode}.");
            }

            try
            {
                return (await http.GetAsync(new Uri("/health", UriKind.Relative))).StatusCode == HttpStatusCode.OK;
            }
            catch (HttpRequestException)
            {
                return false;
            }
        }, $"the instance on {instance} to start", TimeSpan.FromSeconds(90));
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var process in _processes)
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }

            process.Dispose();
        }

        await Smtp.DisposeAsync();
        _certificate.Dispose();
        Database.Dispose();
    }
}
