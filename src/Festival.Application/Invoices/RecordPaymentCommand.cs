using Festival.Domain.Invoices;

namespace Festival.Application.Invoices;

/// <summary>
/// Festival staff record a payment against invoice <paramref name="Number"/> of the season (the current one unless
/// named). A reference already recorded on that invoice is refused: the same cheque is never counted twice.
/// </summary>
public sealed record RecordPaymentCommand(int Number, long AmountCents, PaymentMethod Method, string Reference, DateOnly ReceivedOn, string? Season = null)
    : IRequest<Result<PaymentRecordedNotification>>, ITransactionalRequest;

public sealed record PaymentRecordedNotification(
    int InvoiceId, int Number, string PayerUserId, long AmountCents, PaymentMethod Method, string Reference, long BalanceCents, string? ActorUserId, DateTimeOffset At)
    : INotification;
