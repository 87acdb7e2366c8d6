using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Festival.Testing;

/// <summary>
/// A real PostgreSQL server from Debian's packages (<c>/usr/lib/postgresql/N/bin</c>), started once per test process on
/// 127.0.0.1 and a free port with a throw-away data directory, and stopped when the process ends. Each
/// <see cref="TestDatabase"/> on it gets a database of its own. initdb refuses to run as root, so as root the server runs
/// as the <c>postgres</c> user that the Debian package creates.
/// </summary>
public sealed class PostgreSqlServer
{
    public const string User = "festival";

    private static readonly Lazy<PostgreSqlServer> Instance = new(Start, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly string _bin;
    private readonly string _data;
    private readonly string? _runAs;

    private PostgreSqlServer(string bin, string folder, int port, string? runAs)
    {
        _bin = bin;
        Folder = folder;
        _data = Path.Combine(folder, "data");
        Port = port;
        _runAs = runAs;
    }

    /// <summary>The server of this test process, started on first use.</summary>
    public static PostgreSqlServer Shared => Instance.Value;

    public string Folder { get; }

    public int Port { get; }

    /// <summary>
    /// A small pool with a long wait: a burst of requests queues for pooled connections instead of forking a server
    /// process each, which on a loaded test machine can take longer than Npgsql's default 15 s connect timeout.
    /// </summary>
    public string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={Port};Username={User};Database={database};Include Error Detail=true;Maximum Pool Size=20;Timeout=60;Command Timeout=60";

    public void CreateDatabase(string name) => Execute($"CREATE DATABASE \"{name}\"");

    public void DropDatabase(string name)
    {
        NpgsqlConnection.ClearAllPools();
        Execute($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
    }

    private void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(ConnectionString("postgres") + ";Pooling=false");
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    private static PostgreSqlServer Start()
    {
        var bin = FindBin() ?? throw new InvalidOperationException(
            "PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb): run scripts/install-test-dependencies.sh, or apt-get install -y postgresql.");
        var runAs = Environment.UserName == "root" ? "postgres" : null;
        var parent = Path.Combine(Path.GetTempPath(), "festival-postgres");
        RemoveStopped(parent);
        var folder = Path.Combine(parent, Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        if (runAs is not null)
        {
            Run("chown", null, "-R", runAs, folder);
        }

        var server = new PostgreSqlServer(bin, folder, FreePort(), runAs);
        server.Pg("initdb", "-D", server._data, "-U", User, "--auth=trust", "--encoding=UTF8", "--locale=C.UTF-8", "--no-sync");
        // fsync off: a throw-away server, where durability across a power cut does not matter and speed does.
        server.Pg("pg_ctl", "-D", server._data, "-l", Path.Combine(folder, "server.log"), "-w", "-t", "60",
            "-o", $"-h 127.0.0.1 -p {server.Port} -k {folder} -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300",
            "start");
        AppDomain.CurrentDomain.ProcessExit += (_, _) => server.Stop();
        return server;
    }

    private void Stop()
    {
        try
        {
            Pg("pg_ctl", "-D", _data, "-m", "immediate", "-w", "stop");
        }
        finally
        {
            try
            {
                Directory.Delete(Folder, recursive: true);
            }
            catch (IOException)
            {
                // Left in the temp folder; harmless.
            }
        }
    }

    /// <summary>
    /// Data directories of earlier runs whose server is stopped: a test process may end before its exit handler has
    /// deleted its own.
    /// </summary>
    private static void RemoveStopped(string parent)
    {
        if (!Directory.Exists(parent))
        {
            return;
        }

        var settled = DateTime.UtcNow.AddMinutes(-5);
        foreach (var stale in Directory.GetDirectories(parent)
                     .Where(d => Directory.GetCreationTimeUtc(d) < settled && !File.Exists(Path.Combine(d, "data", "postmaster.pid"))))
        {
            try
            {
                Directory.Delete(stale, recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Another test process's, being set up or torn down right now.
            }
        }
    }

    private void Pg(string tool, params string[] args) => Run(Path.Combine(_bin, tool), _runAs, args);

    private static void Run(string file, string? runAs, params string[] args)
    {
        var start = new ProcessStartInfo(runAs is null ? file : "runuser")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        if (runAs is not null)
        {
            start.ArgumentList.Add("-u");
            start.ArgumentList.Add(runAs);
            start.ArgumentList.Add("--");
            start.ArgumentList.Add(file);
        }

        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(90)) || process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{Path.GetFileName(file)} {string.Join(' ', args)} failed: {output.Result}{error.Result}");
        }
    }

    private static string? FindBin() =>
        Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").OrderByDescending(d => int.TryParse(Path.GetFileName(d), out var v) ? v : 0)
                .Select(d => Path.Combine(d, "bin")).FirstOrDefault(d => File.Exists(Path.Combine(d, "initdb")))
            : null;

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
