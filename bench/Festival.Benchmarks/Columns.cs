using System.Collections.Concurrent;
using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Festival.Benchmarks;

/// <summary>
/// For a benchmark with a <c>Handlers</c> parameter: (mean with N handlers − mean with 0) ÷ N, the cost of each
/// additional handler. Empty where there is no N = 0 case to compare with.
/// </summary>
public sealed class PerHandlerColumn : IColumn
{
    public string Id => nameof(PerHandlerColumn);

    public string ColumnName => "Per extra handler";

    public bool AlwaysShow => false;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Time;

    public string Legend => "(Mean with N handlers - Mean with 0) / N";

    public bool IsAvailable(Summary summary) => summary?.BenchmarksCases.Any(b => Handlers(b) is not null) == true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        ArgumentNullException.ThrowIfNull(summary);
        if (Handlers(benchmarkCase) is not { } n || n == 0)
        {
            return "-";
        }

        var zero = summary.BenchmarksCases.FirstOrDefault(b => b.Descriptor == benchmarkCase.Descriptor && Handlers(b) == 0
            && b.Parameters.Items.Where(p => p.Name != "Handlers").Select(p => p.Value?.ToString())
                .SequenceEqual(benchmarkCase.Parameters.Items.Where(p => p.Name != "Handlers").Select(p => p.Value?.ToString())));
        var mean = summary[benchmarkCase]?.ResultStatistics?.Mean;
        var baseline = zero is null ? null : summary[zero]?.ResultStatistics?.Mean;
        if (mean is null || baseline is null)
        {
            return "-";
        }

        return ((mean.Value - baseline.Value) / n).ToString("0.0 'ns'", CultureInfo.InvariantCulture);
    }

    private static int? Handlers(BenchmarkCase benchmarkCase) =>
        benchmarkCase.Parameters.Items.FirstOrDefault(p => p.Name == "Handlers")?.Value is int n ? n : null;
}

/// <summary>Database commands per operation, as counted inside the hosted app by <see cref="Festival.Testing.CommandCounter"/>.</summary>
public sealed class DbCommandsColumn : IColumn
{
    /// <summary>Filled by benchmarks at global cleanup, keyed by <see cref="Key"/>; read when the summary is printed (same process).</summary>
    public static ConcurrentDictionary<string, string> Values { get; } = new();

    public static string Key(string benchmark, string parameters) => $"{benchmark}({parameters})";

    public string Id => nameof(DbCommandsColumn);

    public string ColumnName => "DB commands/op";

    public bool AlwaysShow => false;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 1;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "Database commands per operation, counted by an EF Core interceptor inside the app";

    public bool IsAvailable(Summary summary) => summary?.BenchmarksCases.Any(b => Values.ContainsKey(KeyOf(b))) == true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => Values.GetValueOrDefault(KeyOf(benchmarkCase), "-");

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);

    private static string KeyOf(BenchmarkCase benchmarkCase) =>
        Key(benchmarkCase.Descriptor.WorkloadMethod.Name, string.Join(",", benchmarkCase.Parameters.Items.Select(p => $"{p.Name}={p.Value}")));
}
