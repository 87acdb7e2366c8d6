using System.Text.Json;
using Festival.Application.Outbox;
using Festival.Infrastructure.Persistence;

namespace Festival.Infrastructure.Outbox;

/// <summary>Writes outbox messages through the request's shared context, so they commit or roll back with the caller.</summary>
internal sealed class EfOutbox(FestivalDbContext db, OutboxCommitWatch watch, TimeProvider clock) : IOutbox
{
    public async Task EnqueueAsync<TMessage>(TMessage message, string idempotencyKey, CancellationToken cancellationToken)
        where TMessage : class
    {
        ArgumentNullException.ThrowIfNull(message);
        if (await db.OutboxMessages.AnyAsync(m => m.IdempotencyKey == idempotencyKey, cancellationToken))
        {
            return;
        }

        var row = new OutboxMessage(Guid.NewGuid(), OutboxMessageTypes.NameOf(typeof(TMessage)),
            JsonSerializer.Serialize(message, OutboxMessageTypes.Json), idempotencyKey, clock.GetUtcNow());
        db.OutboxMessages.Add(row);

        // A concurrent writer may store the same key first; that must not undo the caller's earlier writes.
        var transaction = db.Database.CurrentTransaction;
        const string savepoint = "outbox_enqueue";
        if (transaction is not null)
        {
            await transaction.CreateSavepointAsync(savepoint, cancellationToken);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (DbErrors.IsUniqueViolation(ex))
        {
            if (transaction is not null)
            {
                await transaction.RollbackToSavepointAsync(savepoint, cancellationToken);
            }

            db.Entry(row).State = EntityState.Detached;
            return;
        }

        // Stored: nothing changes it again in this context, and every later SaveChanges would scan it, so a command that
        // enqueues thousands of emails would slow down quadratically.
        db.Entry(row).State = EntityState.Detached;
        watch.MessageWritten(inTransaction: transaction is not null);
    }
}
