namespace Festival.Infrastructure.Payments.Test;

/// <summary>The test provider's webhook body: an event id, its type, and the payment it is about.</summary>
internal sealed record TestPaymentWebhook(string Id, string Type, TestPaymentWebhookData Data)
{
    public const string PaymentSucceeded = "payment.succeeded";
}

internal sealed record TestPaymentWebhookData(string PaymentId, string CheckoutSession, string Season, int InvoiceNumber, long AmountCents, DateTimeOffset PaidAt);

/// <summary>An outbox message: the test provider's webhook, to be signed and posted when it is delivered (each retry signs anew).</summary>
public sealed record TestPaymentWebhookMessage(string Body);
