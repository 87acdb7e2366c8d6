namespace Festival.Application.Audit;

internal sealed class ListAuditEventsHandler(IAuditTrail trail) : IRequestHandler<ListAuditEventsQuery, PagedList<AuditEventView>>
{
    public Task<PagedList<AuditEventView>> Handle(ListAuditEventsQuery request, CancellationToken cancellationToken) =>
        trail.ListAsync(
            string.IsNullOrWhiteSpace(request.UserId) ? null : request.UserId.Trim(),
            string.IsNullOrWhiteSpace(request.Type) ? null : request.Type.Trim(),
            Math.Max(1, request.Page),
            Math.Clamp(request.PageSize, 1, ListAuditEventsQuery.MaxPageSize),
            cancellationToken);
}
