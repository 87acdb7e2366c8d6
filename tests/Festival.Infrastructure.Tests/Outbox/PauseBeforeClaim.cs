using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Festival.Infrastructure.Tests.Outbox;

/// <summary>
/// Holds a dispatcher just before its claim statement — while another dispatcher can take the same messages — until
/// the test lets it go. Only the first claim is held.
/// </summary>
internal sealed class PauseBeforeClaim : DbCommandInterceptor
{
    private readonly TaskCompletionSource _reached = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _held;

    /// <summary>Completes when the dispatcher is about to claim.</summary>
    public Task Reached => _reached.Task;

    public void Release() => _released.TrySetResult();

    public override async ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (command.CommandText.StartsWith("UPDATE \"OutboxMessages\"", StringComparison.Ordinal) && Interlocked.Exchange(ref _held, 1) == 0)
        {
            _reached.TrySetResult();
            await _released.Task.WaitAsync(cancellationToken);
        }

        return result;
    }
}
