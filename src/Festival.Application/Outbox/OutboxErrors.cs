namespace Festival.Application.Outbox;

public static class OutboxErrors
{
    public static Error DeadLetterNotFound(Guid id) =>
        Error.NotFound("dead_letter_not_found", $"No dead-lettered message with id {id}: it may have been retried already.");
}
