namespace Festival.Application.Payments;

/// <summary>
/// A webhook from the payment provider: verified (signature, timestamp), then handled once per event id. A payment
/// is recorded through <see cref="Invoices.RecordPaymentCommand"/> (method Card, the provider's payment id as reference),
/// so a second delivery, or a second event for the same payment, records nothing more.
/// </summary>
public sealed record ReceivePaymentWebhookCommand(PaymentWebhookRequest Request) : IRequest<Result<PaymentWebhookOutcome>>, ITransactionalRequest;

public enum PaymentWebhookOutcome
{
    /// <summary>A payment was recorded.</summary>
    Recorded,

    /// <summary>This event (or this payment) was handled before.</summary>
    Duplicate,

    /// <summary>A valid event that records nothing.</summary>
    Ignored,
}
