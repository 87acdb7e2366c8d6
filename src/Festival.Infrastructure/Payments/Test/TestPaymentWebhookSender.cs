using System.Text;
using Festival.Application.Accounts;
using Festival.Application.Outbox;
using Microsoft.Extensions.Options;

namespace Festival.Infrastructure.Payments.Test;

/// <summary>
/// The test provider's side of a webhook: signs the body now (a retry carries a fresh timestamp, as real providers do)
/// and posts it to the app. Anything but a success status is a failure, so the outbox tries again with backoff.
/// </summary>
internal sealed class TestPaymentWebhookSender(
    IHttpClientFactory clients, TestPaymentProvider provider, IOptions<PaymentOptions> options, IOptions<AccountOptions> accounts)
    : IOutboxMessageHandler<TestPaymentWebhookMessage>
{
    public const string WebhookPath = "/api/payments/webhook";

    public async Task HandleAsync(TestPaymentWebhookMessage message, OutboxDelivery delivery, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var url = options.Value.TestWebhookUrl ?? new Uri(accounts.Value.PublicBaseUrl, WebhookPath);
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(message.Body, Encoding.UTF8, "application/json") };
        request.Headers.Add(WebhookSignature.Header, provider.Sign(message.Body));
        using var client = clients.CreateClient(TestPaymentProvider.WebhookClient);
        using var response = await client.SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"The webhook endpoint answered {(int)response.StatusCode}.");
        }
    }
}
