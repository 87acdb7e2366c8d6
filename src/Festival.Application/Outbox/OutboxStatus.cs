namespace Festival.Application.Outbox;

public sealed record OutboxStatus(OutboxCounts Counts, PagedList<DeadLetter> DeadLetters);
