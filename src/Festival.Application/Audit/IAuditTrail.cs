using Festival.Domain.Audit;

namespace Festival.Application.Audit;

/// <summary>The <c>AuditEvents</c> table.</summary>
public interface IAuditTrail
{
    /// <summary>Stores <paramref name="auditEvent"/> in the caller's transaction.</summary>
    Task AddAsync(AuditEvent auditEvent, CancellationToken cancellationToken);

    /// <summary>Newest first, optionally only one user's (as subject) and of one type.</summary>
    Task<PagedList<AuditEventView>> ListAsync(string? userId, string? type, int page, int pageSize, CancellationToken cancellationToken);
}
