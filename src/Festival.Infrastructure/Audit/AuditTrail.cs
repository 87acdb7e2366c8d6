using Festival.Application.Audit;
using Festival.Domain.Audit;
using Festival.Infrastructure.Persistence;

namespace Festival.Infrastructure.Audit;

internal sealed class AuditTrail(FestivalDbContext db) : IAuditTrail
{
    public async Task AddAsync(AuditEvent auditEvent, CancellationToken cancellationToken)
    {
        db.AuditEvents.Add(auditEvent);
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<PagedList<AuditEventView>> ListAsync(string? userId, string? type, int page, int pageSize, CancellationToken cancellationToken)
    {
        var events = db.AuditEvents.AsNoTracking();
        if (userId is not null)
        {
            events = events.Where(e => e.SubjectUserId == userId);
        }

        if (type is not null)
        {
            events = events.Where(e => e.Type == type);
        }

        var total = await events.CountAsync(cancellationToken);
        var items = await events.OrderByDescending(e => e.At).ThenByDescending(e => e.Id)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .Select(e => new AuditEventView(e.Id, e.Type, e.SubjectUserId, e.ActorUserId, e.At, e.IpAddress, e.Details))
            .ToListAsync(cancellationToken);
        return new PagedList<AuditEventView>(items, page, pageSize, total);
    }
}
