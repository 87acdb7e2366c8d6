namespace Festival.Application.Payments;

/// <summary>The webhook events already handled, by provider and event id: a replayed or re-delivered event is handled once.</summary>
public interface IPaymentEvents
{
    /// <summary>
    /// Records the event in the caller's transaction; false when it was recorded before (a unique index decides between two
    /// deliveries at once), and then the caller's earlier writes stay intact.
    /// </summary>
    Task<bool> TryRecordAsync(string provider, string eventId, DateTimeOffset at, CancellationToken cancellationToken);
}
