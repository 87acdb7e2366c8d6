namespace Festival.Application.Payments;

/// <summary>
/// A payment provider with a hosted checkout and signed webhooks. The festival never sees a card: it sends the payer to
/// the provider's page and learns the outcome from a webhook. A real provider is one more implementation, registered
/// by configuration; nothing in entries or invoices changes.
/// </summary>
public interface IPaymentProvider
{
    /// <summary>The provider's name as configured (<c>Festival:Payments:Provider</c>) and stored with each webhook event.</summary>
    string Name { get; }

    /// <summary>Opens a hosted checkout for <paramref name="request"/>'s amount; the payer is sent to the returned URL.</summary>
    Task<CheckoutSession> StartCheckoutAsync(CheckoutRequest request, CancellationToken cancellationToken);

    /// <summary>
    /// Checks a webhook's signature and freshness over its raw body and reads it; a forged, altered or stale one is an
    /// error. Replays of a valid one are the caller's business (<see cref="IPaymentEvents"/>).
    /// </summary>
    Result<PaymentWebhookEvent> VerifyWebhook(PaymentWebhookRequest request);
}

/// <summary>
/// What to charge: the balance of invoice <paramref name="InvoiceNumber"/> of season <paramref name="Season"/>. The
/// provider hands the season and number back in its webhook, so the payment finds its invoice.
/// </summary>
public sealed record CheckoutRequest(string Season, int InvoiceNumber, long AmountCents, string Description, string PayerEmail, Uri ReturnUrl, Uri CancelUrl);

/// <summary>Where to send the payer, and the provider's name for this checkout.</summary>
public sealed record CheckoutSession(Uri RedirectUrl, string ProviderReference);

/// <summary>A webhook exactly as it arrived: the raw body (signatures cover its bytes) and the headers, names in any case.</summary>
public sealed record PaymentWebhookRequest(string Body, IReadOnlyDictionary<string, string> Headers);

public enum PaymentWebhookKind
{
    /// <summary>The payer paid: record the payment.</summary>
    PaymentSucceeded,

    /// <summary>Anything else the provider tells (cancelled, failed, refunded elsewhere): acknowledged, nothing recorded.</summary>
    Other,
}

/// <summary>A verified webhook: the provider's event id (unique per event), and for a payment what was paid against which invoice.</summary>
public sealed record PaymentWebhookEvent(
    string EventId, PaymentWebhookKind Kind, string Season, int InvoiceNumber, long AmountCents, string PaymentId, DateOnly PaidOn);
