using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;

namespace Festival.LoadTest;

/// <summary>
/// Starts the published server (Production environment, SQLite file) and times process start to the first
/// <c>200</c> on <c>/health</c>, polling every 5 ms. With <c>--empty</c> the database file is deleted before each run,
/// so start-up also creates and migrates it.
/// </summary>
internal static class ColdStart
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    public static async Task<int> RunAsync(DriverOptions o)
    {
        var exe = o.Exe ?? throw new ArgumentException("cold-start needs --exe");
        var database = Path.GetFullPath(o.Database ?? throw new ArgumentException("cold-start needs --db"));
        var loadBefore = Machine.LoadAverage();
        var times = new List<double>();
        for (var run = 1; run <= o.Runs; run++)
        {
            if (o.Empty)
            {
                foreach (var file in new[] { database, database + "-wal", database + "-shm" })
                {
                    File.Delete(file);
                }
            }

            var ms = await TimeOneStartAsync(exe, database);
            times.Add(ms);
            Console.WriteLine($"cold start {run}/{o.Runs} ({(o.Empty ? "empty database" : Path.GetFileName(database))}): {ms:0} ms to the first 200 on /health");
        }

        var sorted = times.Order().ToArray();
        var result = new
        {
            o.Label,
            MeasuredAtUtc = DateTime.UtcNow.ToString("u", System.Globalization.CultureInfo.InvariantCulture),
            Machine = Machine.Describe(),
            LoadAverageBefore = loadBefore,
            LoadAverageAfter = Machine.LoadAverage(),
            Executable = exe,
            Database = o.Empty ? "(new, migrated at start)" : database,
            RunsMs = times.Select(t => Math.Round(t)).ToArray(),
            MinMs = Math.Round(sorted[0]),
            MedianMs = Math.Round(sorted[sorted.Length / 2]),
            MaxMs = Math.Round(sorted[^1]),
        };
        Console.WriteLine($"cold start: min {result.MinMs} ms, median {result.MedianMs} ms, max {result.MaxMs} ms (load average before {loadBefore}, after {result.LoadAverageAfter})");
        if (o.Out is { } path)
        {
            await File.WriteAllTextAsync(path, JsonSerializer.Serialize(result, Json));
            Console.WriteLine($"wrote {path}");
        }

        return 0;
    }

    private static async Task<double> TimeOneStartAsync(string exe, string database)
    {
        var port = FreePort();
        var start = new ProcessStartInfo(exe)
        {
            WorkingDirectory = Path.GetDirectoryName(Path.GetFullPath(exe))!,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        start.Environment["ConnectionStrings__Festival"] = $"Data Source={database}";
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(30) };

        var started = Stopwatch.GetTimestamp();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {exe}");
        var output = new System.Collections.Concurrent.ConcurrentQueue<string>();
        process.OutputDataReceived += (_, e) => Keep(output, e.Data);
        process.ErrorDataReceived += (_, e) => Keep(output, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            while (true)
            {
                try
                {
                    using var response = await http.GetAsync(new Uri("/health", UriKind.Relative));
                    if (response.StatusCode == HttpStatusCode.OK)
                    {
                        return Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                    }
                }
                catch (HttpRequestException)
                {
                    // not listening yet
                }

                if (process.HasExited)
                {
                    throw new InvalidOperationException($"the server exited with code {process.ExitCode} before /health answered 200:{Environment.NewLine}{string.Join(Environment.NewLine, output)}");
                }

                if (Stopwatch.GetElapsedTime(started) > TimeSpan.FromSeconds(60))
                {
                    throw new InvalidOperationException("/health did not answer 200 within 60 s");
                }

                await Task.Delay(5);
            }
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    private static void Keep(System.Collections.Concurrent.ConcurrentQueue<string> lines, string? line)
    {
        if (line is null)
        {
            return;
        }

        lines.Enqueue(line);
        while (lines.Count > 20 && lines.TryDequeue(out _))
        {
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
