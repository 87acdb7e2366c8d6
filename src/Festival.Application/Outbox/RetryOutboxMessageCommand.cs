namespace Festival.Application.Outbox;

/// <summary>Re-queues a dead-lettered message: the dispatcher tries it again soon, with a fresh set of attempts.</summary>
public sealed record RetryOutboxMessageCommand(Guid Id) : IRequest<Result>;
