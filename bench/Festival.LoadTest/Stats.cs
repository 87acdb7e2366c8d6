using System.Collections.Concurrent;
using System.Diagnostics;

namespace Festival.LoadTest;

/// <summary>Latencies and outcomes of one kind of operation.</summary>
internal sealed class Operation(string name)
{
    private readonly ConcurrentBag<double> _latenciesMs = [];
    private readonly ConcurrentDictionary<string, int> _errors = new(StringComparer.Ordinal);
    private long _started;
    private long _ended;

    public string Name { get; } = name;

    public void Begin() => _started = Stopwatch.GetTimestamp();

    public void End() => _ended = Stopwatch.GetTimestamp();

    public void Ok(TimeSpan latency) => _latenciesMs.Add(latency.TotalMilliseconds);

    public void Error(string kind) => _errors.AddOrUpdate(kind, 1, (_, n) => n + 1);

    /// <summary>
    /// CPU milliseconds spent per item of the phase this operation ran in: by the server, by this driver, and by the
    /// whole machine (every process: instances, database server, proxy, driver).
    /// </summary>
    public (double? Server, double Driver, double? Machine) CpuMsPerItem { get; set; }

    public OperationResult Result()
    {
        var sorted = _latenciesMs.Order().ToArray();
        var seconds = Stopwatch.GetElapsedTime(_started, _ended).TotalSeconds;
        return new OperationResult(
            Name,
            sorted.Length,
            _errors.Values.Sum(),
            Math.Round(seconds, 3),
            seconds > 0 ? Math.Round(sorted.Length / seconds, 2) : 0,
            Percentile(sorted, 50),
            Percentile(sorted, 95),
            Percentile(sorted, 99),
            sorted.Length > 0 ? Math.Round(sorted[^1], 1) : 0,
            new SortedDictionary<string, int>(_errors, StringComparer.Ordinal),
            CpuMsPerItem.Server is { } server ? Math.Round(server, 1) : null,
            Math.Round(CpuMsPerItem.Driver, 1),
            CpuMsPerItem.Machine is { } machine ? Math.Round(machine, 1) : null);
    }

    /// <summary>Nearest-rank percentile.</summary>
    private static double Percentile(double[] sorted, int p) =>
        sorted.Length == 0 ? 0 : Math.Round(sorted[Math.Clamp((int)Math.Ceiling(p / 100.0 * sorted.Length) - 1, 0, sorted.Length - 1)], 1);
}

internal sealed record OperationResult(
    string Operation, int Succeeded, int Errors, double Seconds, double PerSecond,
    double P50Ms, double P95Ms, double P99Ms, double MaxMs, IReadOnlyDictionary<string, int> ErrorsByKind,
    double? ServerCpuMsPerItem, double DriverCpuMsPerItem, double? MachineCpuMsPerItem);
