using System.Text.Json;
using Festival.Application.Payments;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace Festival.Infrastructure.Payments.Test;

/// <summary>
/// A payment provider that behaves like a real hosted checkout, for trying the whole flow without one: the payer is
/// sent to <c>/test-checkout/{session}</c> (served by the app, standing in for the provider's site), clicks Pay or
/// Cancel, and on Pay the provider posts a signed webhook to <c>/api/payments/webhook</c> through the outbox, retried
/// until it is accepted. Nothing is charged.
/// </summary>
public sealed class TestPaymentProvider(IDataProtectionProvider protection, IOptions<PaymentOptions> options, TimeProvider clock) : IPaymentProvider
{
    public const string CheckoutPath = "/test-checkout/";

    /// <summary>The named HTTP client the webhooks are posted with.</summary>
    public const string WebhookClient = "Festival.Payments.TestWebhook";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,
    };

    private readonly IDataProtector _sessions = protection.CreateProtector("Festival.Payments.TestCheckout");

    public string Name => nameof(PaymentProviderKind.Test);

    public Task<CheckoutSession> StartCheckoutAsync(CheckoutRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var session = new TestCheckoutSession($"cs_{Guid.NewGuid():N}", request.Season, request.InvoiceNumber, request.AmountCents,
            request.Description, request.PayerEmail, request.ReturnUrl, request.CancelUrl);
        var token = WebEncoders.Base64UrlEncode(_sessions.Protect(JsonSerializer.SerializeToUtf8Bytes(session, Json)));
        return Task.FromResult(new CheckoutSession(new Uri(CheckoutPath + token, UriKind.Relative), session.Id));
    }

    /// <summary>The checkout a page address names, or null for one that was altered or never made.</summary>
    public TestCheckoutSession? OpenSession(string token)
    {
        try
        {
            return JsonSerializer.Deserialize<TestCheckoutSession>(_sessions.Unprotect(WebEncoders.Base64UrlDecode(token)), Json);
        }
        catch (Exception ex) when (ex is FormatException or System.Security.Cryptography.CryptographicException or JsonException)
        {
            return null;
        }
    }

    /// <summary>The webhook body for a paid checkout; its event id and payment id are the checkout's, so it is the same however often it is built.</summary>
    public static string PaidWebhookBody(TestCheckoutSession session, DateTimeOffset paidAt)
    {
        ArgumentNullException.ThrowIfNull(session);
        return JsonSerializer.Serialize(new TestPaymentWebhook(session.EventId, TestPaymentWebhook.PaymentSucceeded,
            new TestPaymentWebhookData(session.PaymentId, session.Id, session.Season, session.InvoiceNumber, session.AmountCents, paidAt)), Json);
    }

    public string Sign(string body) => WebhookSignature.Sign(Secret, clock.GetUtcNow(), body);

    public Result<PaymentWebhookEvent> VerifyWebhook(PaymentWebhookRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var header = request.Headers.FirstOrDefault(h => string.Equals(h.Key, WebhookSignature.Header, StringComparison.OrdinalIgnoreCase)).Value;
        switch (WebhookSignature.Verify(Secret, header, request.Body, clock.GetUtcNow(), options.Value.WebhookTolerance))
        {
            case WebhookSignature.Outcome.Invalid:
                return PaymentErrors.SignatureInvalid;
            case WebhookSignature.Outcome.Stale:
                return PaymentErrors.TimestampStale;
        }

        TestPaymentWebhook? webhook;
        try
        {
            webhook = JsonSerializer.Deserialize<TestPaymentWebhook>(request.Body, Json);
        }
        catch (JsonException ex)
        {
            return PaymentErrors.PayloadInvalid(ex.Message);
        }

        if (webhook is null || string.IsNullOrWhiteSpace(webhook.Id) || webhook.Id.Length > PaymentWebhookEventRecord.MaxEventIdLength)
        {
            return PaymentErrors.PayloadInvalid("the event has no usable id.");
        }

        var data = webhook.Data;
        return Result<PaymentWebhookEvent>.Success(new PaymentWebhookEvent(
            webhook.Id, webhook.Type == TestPaymentWebhook.PaymentSucceeded ? PaymentWebhookKind.PaymentSucceeded : PaymentWebhookKind.Other,
            data.Season, data.InvoiceNumber, data.AmountCents, data.PaymentId, DateOnly.FromDateTime(data.PaidAt.UtcDateTime)));
    }

    private string Secret => options.Value.WebhookSecret
        ?? throw new InvalidOperationException($"{PaymentOptions.Section}:WebhookSecret is not set.");
}
