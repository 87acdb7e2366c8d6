using Festival.Infrastructure.Persistence;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace Festival.Testing;

/// <summary>
/// The real container on a fresh, migrated SQLite file with the configured roles: send commands through the real
/// mediator and look at the database, each in a scope of its own, as separate requests would.
/// </summary>
public sealed class FestivalApp : IAsyncDisposable
{
    private FestivalApp(TestDatabase database, ServiceProvider services)
    {
        Database = database;
        Services = services;
    }

    public TestDatabase Database { get; }

    public ServiceProvider Services { get; }

    public static async Task<FestivalApp> StartAsync(IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? configure = null)
    {
        var database = new TestDatabase();
        var services = FestivalTestServices.Create(database, configure, settings);
        await services.InitializeDatabaseAsync();
        return new FestivalApp(database, services);
    }

    public async Task<T> Send<T>(IRequest<T> request)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request);
    }

    public async Task Publish(INotification notification)
    {
        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IMediator>().Publish(notification);
    }

    public async Task<T> Db<T>(Func<FestivalDbContext, Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<FestivalDbContext>());
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        Database.Dispose();
    }
}
