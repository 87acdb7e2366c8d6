using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Festival.Infrastructure.Persistence;

/// <summary>
/// Per-connection SQLite settings: wait for the write lock instead of failing with "database is locked",
/// and the synchronous level WAL mode is designed for (a process crash loses no committed transaction).
/// </summary>
internal sealed class SqliteConnectionSetup(int busyTimeoutSeconds) : DbConnectionInterceptor
{
    private readonly string _pragmas = $"PRAGMA busy_timeout = {busyTimeoutSeconds * 1000}; PRAGMA synchronous = NORMAL;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    private void Apply(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = _pragmas;
        command.ExecuteNonQuery();
    }

    /// <summary>Resolves a relative <c>Data Source</c> against <paramref name="basePath"/> and sets the command timeout.</summary>
    public static string Normalize(string connectionString, string basePath, int busyTimeoutSeconds)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.DataSource is { Length: > 0 } source && source != ":memory:" && !source.StartsWith("file:", StringComparison.Ordinal)
            && !Path.IsPathRooted(source))
        {
            builder.DataSource = Path.GetFullPath(Path.Combine(basePath, source));
        }

        builder.DefaultTimeout = busyTimeoutSeconds;
        return builder.ToString();
    }
}
