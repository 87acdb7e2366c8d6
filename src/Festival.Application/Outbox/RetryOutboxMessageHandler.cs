namespace Festival.Application.Outbox;

internal sealed class RetryOutboxMessageHandler(IOutboxMessages messages, TimeProvider clock)
    : IRequestHandler<RetryOutboxMessageCommand, Result>
{
    public async Task<Result> Handle(RetryOutboxMessageCommand request, CancellationToken cancellationToken) =>
        await messages.RequeueDeadLetterAsync(request.Id, clock.GetUtcNow(), cancellationToken)
            ? Result.Success()
            : Result.Failed(OutboxErrors.DeadLetterNotFound(request.Id));
}
