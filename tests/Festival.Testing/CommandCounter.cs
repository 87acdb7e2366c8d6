using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Festival.Testing;

/// <summary>Counts every database command EF Core sends (queries and writes) and every connection it opens.</summary>
public sealed class CommandCounter : DbCommandInterceptor, IDbConnectionInterceptor
{
    private long _commands;
    private long _connectionsOpened;

    public long Commands => Interlocked.Read(ref _commands);

    /// <summary>The first line of each command counted since the last <see cref="Reset"/>, to say which ones a budget exceeded by.</summary>
    public ConcurrentQueue<string> Seen { get; private set; } = new();

    public long ConnectionsOpened => Interlocked.Read(ref _connectionsOpened);

    public void Reset()
    {
        Interlocked.Exchange(ref _commands, 0);
        Interlocked.Exchange(ref _connectionsOpened, 0);
        Seen = new ConcurrentQueue<string>();
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Count(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Count(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Count(command);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Count(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Count(command);
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Count(command);
        return ValueTask.FromResult(result);
    }

    void IDbConnectionInterceptor.ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) =>
        Interlocked.Increment(ref _connectionsOpened);

    Task IDbConnectionInterceptor.ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _connectionsOpened);
        return Task.CompletedTask;
    }

    private void Count(DbCommand command)
    {
        Interlocked.Increment(ref _commands);
        Seen.Enqueue(command.CommandText.Split('\n', 2)[0].Trim());
    }
}
