using Festival.Application.Payments;
using MediatR;

namespace Festival.Web.Api;

/// <summary>
/// The payment provider's webhook, anonymous by nature: it is trusted only for its signature over the raw body, which
/// is why the body is read as text and handed on untouched.
/// </summary>
public static class PaymentEndpoints
{
    public const string WebhookPath = "/api/payments/webhook";

    public sealed record WebhookAnswer(PaymentWebhookOutcome Outcome);

    public static IEndpointRouteBuilder MapPaymentApi(this IEndpointRouteBuilder routes)
    {
        routes.MapPost(WebhookPath, async (HttpContext http, IMediator mediator, CancellationToken ct) =>
            {
                using var reader = new StreamReader(http.Request.Body, System.Text.Encoding.UTF8);
                var body = await reader.ReadToEndAsync(ct);
                var headers = http.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
                var result = await mediator.Send(new ReceivePaymentWebhookCommand(new PaymentWebhookRequest(body, headers)), ct);
                return result.Succeeded ? Results.Ok(new WebhookAnswer(result.Value)) : ApiResults.Problem(result);
            })
            .AllowAnonymous()
            .WithTags("Payments")
            .WithSummary("The payment provider's signed webhook: a payment is recorded once however often it is delivered.")
            .Produces<WebhookAnswer>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        return routes;
    }
}
