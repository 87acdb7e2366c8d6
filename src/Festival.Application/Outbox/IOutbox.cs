namespace Festival.Application.Outbox;

/// <summary>
/// Records a side effect that reaches outside the process (an email, a webhook) for delivery after commit.
/// Handlers call this instead of doing the I/O themselves, so a rolled-back transaction leaves nothing behind
/// and a committed one is delivered at least once, even across a restart.
/// </summary>
public interface IOutbox
{
    /// <summary>
    /// Adds <paramref name="message"/> to the caller's transaction (or commits it at once when there is none).
    /// A second message with the same <paramref name="idempotencyKey"/> is ignored: the key names the effect,
    /// so retrying the caller never sends it twice.
    /// </summary>
    Task EnqueueAsync<TMessage>(TMessage message, string idempotencyKey, CancellationToken cancellationToken)
        where TMessage : class;

    /// <summary>
    /// <see cref="EnqueueAsync"/> for each of <paramref name="messages"/> (the first of a repeated key wins), with one check
    /// of the keys and one write for them all: for a reaction that queues thousands of messages in one transaction.
    /// </summary>
    Task EnqueueManyAsync<TMessage>(IReadOnlyCollection<(TMessage Message, string IdempotencyKey)> messages, CancellationToken cancellationToken)
        where TMessage : class;
}
