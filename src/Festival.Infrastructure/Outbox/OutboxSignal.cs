namespace Festival.Infrastructure.Outbox;

/// <summary>
/// Wakes the dispatcher when a commit has just made a message due, so it does not wait for its next poll.
/// One per process; a wake that arrives while the dispatcher is busy is kept for its next wait.
/// </summary>
internal sealed class OutboxSignal
{
    private TaskCompletionSource _wake = NewSource();

    public void Wake() => Volatile.Read(ref _wake).TrySetResult();

    /// <summary>Completes at the next <see cref="Wake"/>, or at once if one came since the last <see cref="Reset"/>.</summary>
    public Task WaitAsync() => Volatile.Read(ref _wake).Task;

    /// <summary>Forgets past wakes. Called before each look for due messages, so a wake during the look is not lost.</summary>
    public void Reset()
    {
        var current = Volatile.Read(ref _wake);
        if (current.Task.IsCompleted)
        {
            Interlocked.CompareExchange(ref _wake, NewSource(), current);
        }
    }

    private static TaskCompletionSource NewSource() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
