namespace Festival.Infrastructure.Payments;

public enum PaymentProviderKind
{
    /// <summary>No online payments: the invoice page shows no button and the webhook endpoint refuses everything.</summary>
    None,

    /// <summary>The built-in test provider: a hosted checkout served by the app at /test-checkout and signed webhooks.</summary>
    Test,
}

/// <summary>The <c>Festival:Payments</c> configuration section.</summary>
public sealed class PaymentOptions
{
    public const string Section = "Festival:Payments";

    public const int MinSecretLength = 32;

    public PaymentProviderKind Provider { get; set; } = PaymentProviderKind.None;

    /// <summary>The secret the provider signs webhooks with (HMAC-SHA256); shared with the provider, never logged.</summary>
    public string? WebhookSecret { get; set; }

    /// <summary>How far a webhook's timestamp may be from now: older deliveries are refused as possible replays.</summary>
    public TimeSpan WebhookTolerance { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Where the test provider posts its webhooks; by default the app's own <c>/api/payments/webhook</c> at its public address.</summary>
    public Uri? TestWebhookUrl { get; set; }

    internal bool IsValid() =>
        Enum.IsDefined(Provider) && WebhookTolerance > TimeSpan.Zero
        && (Provider == PaymentProviderKind.None || (WebhookSecret?.Length ?? 0) >= MinSecretLength);
}
