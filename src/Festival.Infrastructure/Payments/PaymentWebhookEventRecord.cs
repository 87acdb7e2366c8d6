namespace Festival.Infrastructure.Payments;

/// <summary>A webhook event already handled: its (provider, event id) is unique, so each event is acted on once.</summary>
public sealed class PaymentWebhookEventRecord
{
    public const int MaxProviderLength = 40;
    public const int MaxEventIdLength = 200;

    private PaymentWebhookEventRecord()
    {
    }

    public PaymentWebhookEventRecord(string provider, string eventId, DateTimeOffset receivedAt)
    {
        Provider = provider;
        EventId = eventId;
        ReceivedAt = receivedAt;
    }

    public long Id { get; private set; }

    public string Provider { get; private set; } = string.Empty;

    public string EventId { get; private set; } = string.Empty;

    public DateTimeOffset ReceivedAt { get; private set; }
}
