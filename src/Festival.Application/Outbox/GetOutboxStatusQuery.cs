namespace Festival.Application.Outbox;

/// <summary>What /Admin shows about the outbox: counts by state and one page of dead letters, most recent first.</summary>
public sealed record GetOutboxStatusQuery(int Page = 1, int PageSize = 25) : IRequest<OutboxStatus>
{
    public const int MaxPageSize = 200;
}
