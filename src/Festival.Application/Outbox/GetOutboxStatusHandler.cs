namespace Festival.Application.Outbox;

internal sealed class GetOutboxStatusHandler(IOutboxMessages messages) : IRequestHandler<GetOutboxStatusQuery, OutboxStatus>
{
    public async Task<OutboxStatus> Handle(GetOutboxStatusQuery request, CancellationToken cancellationToken)
    {
        var counts = await messages.CountAsync(cancellationToken);
        var deadLetters = await messages.ListDeadLettersAsync(
            Math.Max(1, request.Page), Math.Clamp(request.PageSize, 1, GetOutboxStatusQuery.MaxPageSize), cancellationToken);
        return new OutboxStatus(counts, deadLetters);
    }
}
