using Festival.Infrastructure.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace Festival.Infrastructure.Tests.Persistence;

public sealed class SqliteConnectionSetupTests
{
    [Test]
    public async Task A_new_connection_waits_for_the_write_lock_and_keeps_waiting_when_the_pool_hands_it_out_again()
    {
        using var database = new TestDatabase();
        await using var services = FestivalTestServices.Create(database, settings: new Dictionary<string, string?> { ["Database:BusyTimeoutSeconds"] = "7" });

        Assert.That(await BusyTimeoutAsync(services), Is.EqualTo(7000));
        Assert.That(await BusyTimeoutAsync(services), Is.EqualTo(7000), "the pooled connection, opened again");
    }

    [Test]
    public async Task The_settings_are_sent_once_per_pooled_connection_not_at_every_open()
    {
        using var database = new TestDatabase();
        await using var services = FestivalTestServices.Create(database);
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<FestivalDbContext>();
            await db.Database.OpenConnectionAsync();
            // Changed behind the interceptor's back: were the settings sent again at the next open, this would be undone.
            await db.Database.ExecuteSqlRawAsync("PRAGMA busy_timeout = 1234");
            await db.Database.CloseConnectionAsync();
        }

        Assert.That(await BusyTimeoutAsync(services), Is.EqualTo(1234));
    }

    private static async Task<long> BusyTimeoutAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FestivalDbContext>();
        await db.Database.OpenConnectionAsync();
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = "PRAGMA busy_timeout";
            return (long)(await command.ExecuteScalarAsync())!;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
