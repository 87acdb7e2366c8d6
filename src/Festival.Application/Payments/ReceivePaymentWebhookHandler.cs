using Festival.Application.Invoices;
using Festival.Domain.Invoices;
using Microsoft.Extensions.Logging;

namespace Festival.Application.Payments;

internal sealed class ReceivePaymentWebhookHandler(
    IEnumerable<IPaymentProvider> providers, IPaymentEvents events, IMediator mediator, TimeProvider clock, ILogger<ReceivePaymentWebhookHandler> logger)
    : IRequestHandler<ReceivePaymentWebhookCommand, Result<PaymentWebhookOutcome>>
{
    public async Task<Result<PaymentWebhookOutcome>> Handle(ReceivePaymentWebhookCommand request, CancellationToken cancellationToken)
    {
        if (providers.FirstOrDefault() is not { } provider)
        {
            return PaymentErrors.Disabled;
        }

        var verified = provider.VerifyWebhook(request.Request);
        if (!verified.Succeeded)
        {
            logger.LogWarning("Refused a {Provider} webhook: {Errors}", provider.Name, string.Join(", ", verified.Errors.Select(e => e.Code)));
            return Result<PaymentWebhookOutcome>.Failed(verified.Errors);
        }

        var webhook = verified.Value;
        if (!await events.TryRecordAsync(provider.Name, webhook.EventId, clock.GetUtcNow(), cancellationToken))
        {
            return Result<PaymentWebhookOutcome>.Success(PaymentWebhookOutcome.Duplicate);
        }

        if (webhook.Kind != PaymentWebhookKind.PaymentSucceeded)
        {
            return Result<PaymentWebhookOutcome>.Success(PaymentWebhookOutcome.Ignored);
        }

        var recorded = await mediator.Send(
            new RecordPaymentCommand(webhook.InvoiceNumber, webhook.AmountCents, PaymentMethod.Card, webhook.PaymentId, webhook.PaidOn, webhook.Season),
            cancellationToken);
        if (recorded.Succeeded)
        {
            return Result<PaymentWebhookOutcome>.Success(PaymentWebhookOutcome.Recorded);
        }

        // Another event about the same payment: the reference is already on the invoice, so the money is counted once.
        return recorded.Errors.All(e => e.Code == "payment_reference_taken")
            ? Result<PaymentWebhookOutcome>.Success(PaymentWebhookOutcome.Duplicate)
            : Result<PaymentWebhookOutcome>.Failed(recorded.Errors);
    }
}
