namespace Festival.Application.Outbox;

/// <summary>The administrator's view of the outbox: how much is waiting, and what gave up.</summary>
public interface IOutboxMessages
{
    Task<OutboxCounts> CountAsync(CancellationToken cancellationToken);

    /// <summary>Dead letters, most recently dead first.</summary>
    Task<PagedList<DeadLetter>> ListDeadLettersAsync(int page, int pageSize, CancellationToken cancellationToken);

    /// <summary>Puts a dead letter back in the queue with a fresh set of attempts; false when no dead letter has that id.</summary>
    Task<bool> RequeueDeadLetterAsync(Guid id, DateTimeOffset at, CancellationToken cancellationToken);
}
