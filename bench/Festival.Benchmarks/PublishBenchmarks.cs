using BenchmarkDotNet.Attributes;
using Festival.Application.Accounts.Register;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace Festival.Benchmarks;

/// <summary>
/// Publishing <see cref="UserRegisteredNotification"/> to N no-op handlers, each a distinct class registered by scanning
/// with the app's lifetime (scoped). One scope per publish, as in a request: handlers are created for each publish.
/// </summary>
[MicroJob]
public class PublishBenchmarks
{
    private readonly UserRegisteredNotification _notification = new("user-id", "ada@example.org", "Ada", DateTimeOffset.UnixEpoch);
    private ServiceProvider _provider = null!;

    [Params(0, 1, 2, 8, 32)]
    public int Handlers { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var services = new ServiceCollection();
        services.AddScoped<ServiceFactory>(provider => provider.GetService!);
        services.AddScoped<IMediator, Mediator>();
        Festival.Application.DependencyInjection.AddHandlersFrom(services, HandlerAssemblies.WithNoOpHandlers(Handlers));
        _provider = services.BuildServiceProvider();
        using var scope = _provider.CreateScope();
        var found = scope.ServiceProvider.GetServices<INotificationHandler<UserRegisteredNotification>>().Count();
        if (found != Handlers)
        {
            throw new InvalidOperationException($"Scanning found {found} handlers, expected {Handlers}.");
        }
    }

    [GlobalCleanup]
    public void Cleanup() => _provider.Dispose();

    [Benchmark(Description = "Publish UserRegisteredNotification (scope per publish)")]
    public async Task Publish()
    {
        await using var scope = _provider.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IMediator>().Publish(_notification);
    }
}
