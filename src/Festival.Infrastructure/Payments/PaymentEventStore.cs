using Festival.Application.Payments;
using Festival.Infrastructure.Persistence;

namespace Festival.Infrastructure.Payments;

internal sealed class PaymentEventStore(FestivalDbContext db) : IPaymentEvents
{
    public async Task<bool> TryRecordAsync(string provider, string eventId, DateTimeOffset at, CancellationToken cancellationToken) =>
        !await db.PaymentWebhookEvents.AnyAsync(e => e.Provider == provider && e.EventId == eventId, cancellationToken)
        && await db.TryAddAsync(new PaymentWebhookEventRecord(provider, eventId, at), "payment_event", cancellationToken);
}
