namespace Festival.Application.Audit;

/// <summary>The audit trail, newest first; <paramref name="UserId"/> filters by the account it happened to.</summary>
public sealed record ListAuditEventsQuery(string? UserId = null, string? Type = null, int Page = 1, int PageSize = 50)
    : IRequest<PagedList<AuditEventView>>
{
    public const int MaxPageSize = 200;
}
