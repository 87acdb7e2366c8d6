using Festival.Application.Seasons;
using Festival.Domain.Invoices;

namespace Festival.Application.Invoices;

internal sealed class RecordPaymentHandler(ISeasons seasons, IInvoices invoices, IMediator mediator, IRequestContext requestContext, TimeProvider clock)
    : IRequestHandler<RecordPaymentCommand, Result<PaymentRecordedNotification>>
{
    public const long MaxAmountCents = 100_000_000;

    public async Task<Result<PaymentRecordedNotification>> Handle(RecordPaymentCommand request, CancellationToken cancellationToken)
    {
        var reference = request.Reference?.Trim() ?? string.Empty;
        if (reference.Length is 0 or > Payment.MaxReferenceLength)
        {
            return Error.Validation("Reference", "reference_required", $"Enter the payment's reference (cheque number, transfer id, receipt), at most {Payment.MaxReferenceLength} characters.");
        }

        if (request.AmountCents is <= 0 or > MaxAmountCents)
        {
            return Error.Validation("AmountCents", "amount_invalid", "A payment is an amount greater than zero.");
        }

        if (!Enum.IsDefined(request.Method))
        {
            return Error.Validation("Method", "method_invalid", $"The method is one of {string.Join(", ", Enum.GetNames<PaymentMethod>())}.");
        }

        var season = await seasons.ResolveAsync(request.Season, cancellationToken);
        if (!season.Succeeded)
        {
            return Result<PaymentRecordedNotification>.Failed(season.Errors);
        }

        if (await invoices.FindByNumberAsync(season.Value.Id, request.Number, cancellationToken) is not { } invoice)
        {
            return InvoiceErrors.NotFound(request.Number);
        }

        if (invoice.HasReference(reference))
        {
            return InvoiceErrors.ReferenceTaken(reference, invoice.Number);
        }

        var now = clock.GetUtcNow();
        invoice.Record(request.AmountCents, request.Method, reference, request.ReceivedOn, requestContext.UserId, now);
        await invoices.SaveAsync(cancellationToken);
        var balance = invoice.BalanceOf(await invoices.TotalAsync(invoice.SeasonId, invoice.PayerUserId, cancellationToken));
        var recorded = new PaymentRecordedNotification(
            invoice.Id, invoice.Number, invoice.PayerUserId, request.AmountCents, request.Method, reference, balance, requestContext.UserId, now);
        await mediator.Publish(recorded, cancellationToken);
        return Result<PaymentRecordedNotification>.Success(recorded);
    }
}
