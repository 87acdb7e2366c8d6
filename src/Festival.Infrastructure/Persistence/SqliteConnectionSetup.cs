using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Festival.Infrastructure.Persistence;

/// <summary>
/// Per-connection SQLite settings: wait for the write lock instead of failing with "database is locked",
/// and the synchronous level WAL mode is designed for (a process crash loses no committed transaction).
/// </summary>
/// <remarks>
/// Applied once per native connection. Microsoft.Data.Sqlite pools them, and a pooled connection keeps its settings, but
/// EF Core opens and closes its connection around every command outside a transaction: setting them at every open
/// cost one more statement for each query of a page.
/// </remarks>
internal sealed class SqliteConnectionSetup(int busyTimeoutSeconds) : DbConnectionInterceptor
{
    private readonly string _pragmas = $"PRAGMA busy_timeout = {busyTimeoutSeconds * 1000}; PRAGMA synchronous = NORMAL;";

    // Native connections already set up, process-wide (EF Core makes an interceptor per scope); an entry goes when its
    // handle is collected after the pool closes it. The timeout is part of the connection string, so of the pool's key.
    private static readonly ConditionalWeakTable<object, object> Configured = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    private void Apply(DbConnection connection)
    {
        if (connection is SqliteConnection { Handle: { } handle } && !Configured.TryAdd(handle, handle))
        {
            return;
        }

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
