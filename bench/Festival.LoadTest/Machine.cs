using System.Globalization;
using System.Runtime.InteropServices;

namespace Festival.LoadTest;

/// <summary>What the numbers were measured on, and how busy it was.</summary>
internal static class Machine
{
    public static string Cpu() =>
        File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "unknown"
            : "unknown";

    public static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    public static object Describe() => new
    {
        Cores = Environment.ProcessorCount,
        Cpu = Cpu(),
        Os = RuntimeInformation.OSDescription,
        Runtime = RuntimeInformation.FrameworkDescription,
        MemoryGiB = Math.Round(GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 1024.0 / 1024 / 1024, 1),
    };

    /// <summary>What a result file says first: the run, when, on what, and how busy the machine was before and after.</summary>
    public static object Run(string label, string loadBefore, string loadAfter) => new
    {
        Label = label,
        MeasuredAtUtc = DateTime.UtcNow.ToString("u", CultureInfo.InvariantCulture),
        Machine = Describe(),
        LoadAverageBefore = loadBefore,
        LoadAverageAfter = loadAfter,
    };

    /// <summary>CPU time every process on the machine has spent so far (user, nice, system, irq, softirq, steal), from <c>/proc/stat</c>.</summary>
    public static TimeSpan? BusyCpuTime()
    {
        try
        {
            var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            long Field(int i) => long.Parse(fields[i], CultureInfo.InvariantCulture);
            return TimeSpan.FromSeconds((Field(1) + Field(2) + Field(3) + Field(6) + Field(7) + Field(8)) / 100.0);
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>User + system CPU time of a process, from <c>/proc/PID/stat</c>, or null when it is gone.</summary>
    public static TimeSpan? CpuTime(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
            return TimeSpan.FromSeconds(ticks / 100.0); // USER_HZ is 100 on Linux
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>A value in kB from <c>/proc/PID/status</c> (VmRSS, VmHWM), or null when the process is gone.</summary>
    public static long? StatusKb(int pid, string field)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith(field + ":", StringComparison.Ordinal));
            return line is null ? null : long.Parse(line.Split(':', 2)[1].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return null;
        }
    }
}

/// <summary>Samples the server's resident memory every 100 ms; the kernel's own high-water mark is read at the end.</summary>
internal sealed class MemorySampler : IAsyncDisposable
{
    private readonly int _pid;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private long _peakRssKb;

    public MemorySampler(int pid)
    {
        _pid = pid;
        _loop = Task.Run(async () =>
        {
            using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(100));
            do
            {
                if (Machine.StatusKb(_pid, "VmRSS") is { } rss && rss > _peakRssKb)
                {
                    _peakRssKb = rss;
                }
            }
            while (await timer.WaitForNextTickAsync(_stop.Token).ConfigureAwait(false) && !_stop.IsCancellationRequested);
        });
    }

    public double PeakSampledMiB => Math.Round(_peakRssKb / 1024.0, 1);

    public double? HighWaterMarkMiB => Machine.StatusKb(_pid, "VmHWM") is { } kb ? Math.Round(kb / 1024.0, 1) : null;

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _loop;
        }
        catch (OperationCanceledException)
        {
            // stopped
        }

        _stop.Dispose();
    }
}
