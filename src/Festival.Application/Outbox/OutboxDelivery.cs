namespace Festival.Application.Outbox;

/// <summary>Which stored message is being delivered, and how many times it has been tried before (0 the first time).</summary>
public sealed record OutboxDelivery(Guid MessageId, string IdempotencyKey, int PreviousAttempts);
