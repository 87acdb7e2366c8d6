namespace Festival.Application.Outbox;

/// <summary>A message the dispatcher gave up on. <paramref name="Type"/> is the message type's short name.</summary>
public sealed record DeadLetter(
    Guid Id, string Type, string IdempotencyKey, DateTimeOffset CreatedAt, int Attempts, DateTimeOffset DeadLetteredAt, string? LastError);
