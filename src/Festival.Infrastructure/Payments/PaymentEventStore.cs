using Festival.Application.Payments;
using Festival.Infrastructure.Persistence;

namespace Festival.Infrastructure.Payments;

internal sealed class PaymentEventStore(FestivalDbContext db) : IPaymentEvents
{
    public async Task<bool> TryRecordAsync(string provider, string eventId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        if (await db.PaymentWebhookEvents.AnyAsync(e => e.Provider == provider && e.EventId == eventId, cancellationToken))
        {
            return false;
        }

        var row = new PaymentWebhookEventRecord(provider, eventId, at);
        db.PaymentWebhookEvents.Add(row);

        // Two deliveries at once: the second insert meets the unique index; only its own row is undone.
        var transaction = db.Database.CurrentTransaction;
        const string savepoint = "payment_event";
        if (transaction is not null)
        {
            await transaction.CreateSavepointAsync(savepoint, cancellationToken);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException ex) when (DbErrors.IsUniqueViolation(ex))
        {
            if (transaction is not null)
            {
                await transaction.RollbackToSavepointAsync(savepoint, cancellationToken);
            }

            db.Entry(row).State = EntityState.Detached;
            return false;
        }
    }
}
