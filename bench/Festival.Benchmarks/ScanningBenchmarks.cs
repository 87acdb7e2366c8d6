using BenchmarkDotNet.Attributes;
using Festival.Application;
using Microsoft.Extensions.DependencyInjection;

namespace Festival.Benchmarks;

/// <summary>
/// Start-up cost of scanning: <c>AddApplication()</c> plus <c>AddHandlersFrom</c> an assembly holding N notification
/// handlers, then building the service provider, as the number of handlers grows.
/// </summary>
[MicroJob]
public class ScanningBenchmarks
{
    private System.Reflection.Assembly _handlers = null!;

    [Params(0, 32, 128, 512)]
    public int Handlers { get; set; }

    [GlobalSetup]
    public void Setup() => _handlers = HandlerAssemblies.WithNoOpHandlers(Handlers);

    [Benchmark(Description = "AddApplication + AddHandlersFrom + BuildServiceProvider")]
    public int BuildProvider()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddApplication().AddHandlersFrom(_handlers);
        using var provider = services.BuildServiceProvider();
        return services.Count;
    }
}
