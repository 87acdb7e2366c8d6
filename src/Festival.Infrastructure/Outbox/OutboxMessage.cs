namespace Festival.Infrastructure.Outbox;

/// <summary>
/// A side effect waiting to be delivered after the transaction that wrote it committed. Pending while neither
/// <see cref="DeliveredAt"/> nor <see cref="DeadLetteredAt"/> is set; a dispatcher claims it (a
/// <see cref="ClaimToken"/> until <see cref="ClaimedUntil"/>) so no other dispatcher delivers it at the same time.
/// </summary>
public sealed class OutboxMessage
{
    public const int MaxTypeLength = 256;
    public const int MaxIdempotencyKeyLength = 200;
    public const int MaxErrorLength = 2000;

    private OutboxMessage()
    {
    }

    public OutboxMessage(Guid id, string type, string payload, string idempotencyKey, DateTimeOffset createdAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(type);
        ArgumentException.ThrowIfNullOrWhiteSpace(payload);
        ArgumentException.ThrowIfNullOrWhiteSpace(idempotencyKey);
        if (idempotencyKey.Length > MaxIdempotencyKeyLength)
        {
            throw new ArgumentException($"An idempotency key can be at most {MaxIdempotencyKeyLength} characters.", nameof(idempotencyKey));
        }

        Id = id;
        Type = type;
        Payload = payload;
        IdempotencyKey = idempotencyKey;
        CreatedAt = createdAt;
        NextAttemptAt = createdAt;
    }

    public Guid Id { get; private set; }

    /// <summary>The message's CLR type as "full name, assembly name"; the dispatcher finds its handler by it.</summary>
    public string Type { get; private set; } = string.Empty;

    /// <summary>The message as JSON.</summary>
    public string Payload { get; private set; } = string.Empty;

    /// <summary>Names the effect: unique, so the same effect is never stored twice.</summary>
    public string IdempotencyKey { get; private set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Delivery attempts so far, the successful one included.</summary>
    public int Attempts { get; private set; }

    /// <summary>Not tried before this instant (backoff after a failure).</summary>
    public DateTimeOffset NextAttemptAt { get; private set; }

    public DateTimeOffset? DeliveredAt { get; private set; }

    public DateTimeOffset? DeadLetteredAt { get; private set; }

    /// <summary>The last failure: exception type and message, truncated; never a stack trace.</summary>
    public string? LastError { get; private set; }

    /// <summary>Set by the dispatcher that is delivering the message right now.</summary>
    public Guid? ClaimToken { get; private set; }

    /// <summary>When a claim expires, so a message claimed by a dispatcher that crashed is picked up again.</summary>
    public DateTimeOffset? ClaimedUntil { get; private set; }
}
