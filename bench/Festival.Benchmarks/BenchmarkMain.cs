using BenchmarkDotNet.Running;

namespace Festival.Benchmarks;

/// <summary><c>dotnet run -c Release --project bench/Festival.Benchmarks -- --filter '*'</c></summary>
public static class BenchmarkMain
{
    public static int Main(string[] args)
    {
        var summaries = BenchmarkSwitcher.FromAssembly(typeof(BenchmarkMain).Assembly).Run(args, new FestivalBenchmarkConfig());
        return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
    }
}
