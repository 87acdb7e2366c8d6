using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Festival.Benchmarks;

/// <summary>
/// Columns and diagnosers shared by every benchmark. Each class picks its job with <see cref="MicroJobAttribute"/> or
/// <see cref="SlowJobAttribute"/>. Benchmarks run in-process: the dashboard benchmark hosts the web app and reads a
/// command counter that lives in this process, and no project is generated and built per run.
/// </summary>
public sealed class FestivalBenchmarkConfig : ManualConfig
{
    public FestivalBenchmarkConfig()
    {
        Add(DefaultConfig.Instance);
        AddDiagnoser(MemoryDiagnoser.Default);
        AddColumn(new PerHandlerColumn(), new DbCommandsColumn());
        WithOption(ConfigOptions.JoinSummary, false);
        WithSummaryStyle(SummaryStyle.WithMaxParameterColumnWidth(40));
    }
}

/// <summary>Micro-benchmarks: in-process, 3 warm-ups, 15 measured iterations of at least 100 ms each.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class MicroJobAttribute : Attribute, IConfigSource
{
    public IConfig Config { get; } = ManualConfig.CreateEmpty().AddJob(
        Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithWarmupCount(3).WithIterationCount(15).WithId("InProcess"));
}

/// <summary>Operations of tens of milliseconds (a real registration): a fixed 4 operations per iteration, 20 iterations.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class SlowJobAttribute : Attribute, IConfigSource
{
    public IConfig Config { get; } = ManualConfig.CreateEmpty().AddJob(
        Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithWarmupCount(2).WithIterationCount(20)
            .WithInvocationCount(4).WithUnrollFactor(1).WithId("InProcessSlow"));
}
