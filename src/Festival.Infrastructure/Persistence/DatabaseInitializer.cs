using Festival.Application.Accounts;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Festival.Infrastructure.Persistence;

/// <summary>Brings the database up to date at start-up: migrations, SQLite's WAL mode, the configured roles.</summary>
public static class DatabaseInitializer
{
    /// <summary>Applies pending migrations; returns the names of those applied.</summary>
    public static async Task<IReadOnlyList<string>> MigrateDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FestivalDbContext>();
        if (db.Database.IsSqlite())
        {
            var file = new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
            if (Path.GetDirectoryName(file) is { Length: > 0 } folder)
            {
                Directory.CreateDirectory(folder);
            }
        }

        if (db.Database.IsNpgsql())
        {
            // Npgsql finds out whether the history table exists by querying it, which logs a failed command (an
            // alarming "fail:" line on every first migration); creating it first, if missing, keeps the log clean.
            await db.Database.ExecuteSqlRawAsync(db.GetService<IHistoryRepository>().GetCreateIfNotExistsScript(), cancellationToken);
        }

        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToArray();
        await db.Database.MigrateAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            // Persistent in the file: readers no longer block the writer, and the writer no readers.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL;", cancellationToken);
        }

        if (pending.Length > 0)
        {
            scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseInitializer))
                .LogInformation("Applied migrations {Migrations}", string.Join(", ", pending));
        }

        return pending;
    }

    /// <summary>Makes every role in <c>Festival:Roles</c> exist with exactly its configured permissions.</summary>
    public static async Task EnsureConfiguredRolesAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var roles = scope.ServiceProvider.GetRequiredService<IRoles>();
        var options = scope.ServiceProvider.GetRequiredService<IOptions<FestivalOptions>>().Value;
        var unitOfWork = scope.ServiceProvider.GetRequiredService<IUnitOfWork>();
        await unitOfWork.InTransactionAsync(async () =>
        {
            foreach (var (name, permissions) in options.Roles)
            {
                await roles.EnsureAsync(name, permissions, cancellationToken);
            }

            return Result.Success();
        }, cancellationToken);
    }

    /// <summary>Migrations, then the configured roles: what the app and the command line do before anything else.</summary>
    public static async Task InitializeDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await services.MigrateDatabaseAsync(cancellationToken);
        await services.EnsureConfiguredRolesAsync(cancellationToken);
    }
}
