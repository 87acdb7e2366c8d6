using Festival.Application.Outbox;
using Festival.Infrastructure.Persistence;

namespace Festival.Infrastructure.Outbox;

internal sealed class OutboxMessageStore(FestivalDbContext db, OutboxCommitWatch watch) : IOutboxMessages
{
    public async Task<OutboxCounts> CountAsync(CancellationToken cancellationToken)
    {
        var pending = await db.OutboxMessages.CountAsync(m => m.DeliveredAt == null && m.DeadLetteredAt == null, cancellationToken);
        var delivered = await db.OutboxMessages.CountAsync(m => m.DeliveredAt != null, cancellationToken);
        var dead = await db.OutboxMessages.CountAsync(m => m.DeadLetteredAt != null, cancellationToken);
        return new OutboxCounts(pending, delivered, dead);
    }

    public async Task<PagedList<DeadLetter>> ListDeadLettersAsync(int page, int pageSize, CancellationToken cancellationToken)
    {
        var dead = db.OutboxMessages.AsNoTracking().Where(m => m.DeadLetteredAt != null);
        var total = await dead.CountAsync(cancellationToken);
        var rows = await dead.OrderByDescending(m => m.DeadLetteredAt).ThenBy(m => m.Id)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .Select(m => new { m.Id, m.Type, m.IdempotencyKey, m.CreatedAt, m.Attempts, DeadLetteredAt = m.DeadLetteredAt!.Value, m.LastError })
            .ToListAsync(cancellationToken);
        return new PagedList<DeadLetter>(
            rows.Select(m => new DeadLetter(m.Id, OutboxMessageTypes.ShortName(m.Type), m.IdempotencyKey, m.CreatedAt, m.Attempts, m.DeadLetteredAt, m.LastError))
                .ToArray(),
            page, pageSize, total);
    }

    public async Task<bool> RequeueDeadLetterAsync(Guid id, DateTimeOffset at, CancellationToken cancellationToken)
    {
        // LastError stays, so the admin page can still say why it had died until the retry's outcome replaces it.
        var requeued = await db.OutboxMessages.Where(m => m.Id == id && m.DeadLetteredAt != null)
            .ExecuteUpdateAsync(s => s
                .SetProperty(m => m.DeadLetteredAt, (DateTimeOffset?)null)
                .SetProperty(m => m.Attempts, 0)
                .SetProperty(m => m.NextAttemptAt, at)
                .SetProperty(m => m.ClaimToken, (Guid?)null)
                .SetProperty(m => m.ClaimedUntil, (DateTimeOffset?)null), cancellationToken) == 1;
        if (requeued)
        {
            watch.MessageWritten(inTransaction: db.Database.CurrentTransaction is not null);
        }

        return requeued;
    }
}
