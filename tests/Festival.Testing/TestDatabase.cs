using Festival.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Festival.Testing;

/// <summary>
/// A real database in a fresh folder of its own, deleted afterwards: a SQLite file by default, or a database of its own
/// on the shared <see cref="PostgreSqlServer"/>. The folder holds what else a test writes (mail pickup, logs).
/// </summary>
public sealed class TestDatabase : IDisposable
{
    private readonly string? _postgresName;

    public TestDatabase(DatabaseProvider provider = DatabaseProvider.Sqlite)
    {
        Provider = provider;
        Folder = Path.Combine(Path.GetTempPath(), "festival-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        FilePath = Path.Combine(Folder, "festival.db");
        switch (provider)
        {
            case DatabaseProvider.Sqlite:
                ConnectionString = $"Data Source={FilePath}";
                break;
            case DatabaseProvider.PostgreSql:
                _postgresName = "festival_" + Path.GetFileName(Folder);
                PostgreSqlServer.Shared.CreateDatabase(_postgresName);
                ConnectionString = PostgreSqlServer.Shared.ConnectionString(_postgresName);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(provider), provider, "Tests run on SQLite and PostgreSQL; SQL Server is tested by its generated script.");
        }
    }

    public DatabaseProvider Provider { get; }

    public string Folder { get; }

    /// <summary>The SQLite file (SQLite only).</summary>
    public string FilePath { get; }

    public string ConnectionString { get; }

    /// <summary>Adds <paramref name="configure"/> to the options of this provider's context (an interceptor, say).</summary>
    public void ConfigureContext(IServiceCollection services, Action<DbContextOptionsBuilder> configure)
    {
        if (Provider == DatabaseProvider.PostgreSql)
        {
            services.ConfigureDbContext<PostgreSqlFestivalDbContext>(configure);
        }
        else
        {
            services.ConfigureDbContext<SqliteFestivalDbContext>(configure);
        }
    }

    public void Dispose()
    {
        if (_postgresName is not null)
        {
            PostgreSqlServer.Shared.DropDatabase(_postgresName);
        }
        else
        {
            // Pooled connections keep the file open; release them before deleting it.
            SqliteConnection.ClearAllPools();
        }

        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A connection still closing; the temp folder is cleaned by the OS eventually.
        }
    }
}
