namespace Festival.Application.Outbox;

public sealed record OutboxCounts(int Pending, int Delivered, int DeadLettered);
