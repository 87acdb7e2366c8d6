using Festival.Application.Invoices;

namespace Festival.Application.Payments;

internal sealed class StartCheckoutHandler(IEnumerable<IPaymentProvider> providers, IMediator mediator)
    : IRequestHandler<StartCheckoutCommand, Result<CheckoutSession>>
{
    public async Task<Result<CheckoutSession>> Handle(StartCheckoutCommand request, CancellationToken cancellationToken)
    {
        if (providers.FirstOrDefault() is not { } provider)
        {
            return PaymentErrors.Disabled;
        }

        var invoice = await mediator.Send(new GetInvoiceQuery(request.UserId, Season: request.Season), cancellationToken);
        if (!invoice.Succeeded)
        {
            return Result<CheckoutSession>.Failed(invoice.Errors);
        }

        var view = invoice.Value;
        if (view.BalanceCents <= 0)
        {
            return PaymentErrors.NothingToPay(view.Number);
        }

        return Result<CheckoutSession>.Success(await provider.StartCheckoutAsync(
            new CheckoutRequest(view.SeasonName, view.Number, view.BalanceCents, $"{view.FestivalName} {view.SeasonName}, invoice {view.Number}",
                view.PayerEmail, request.ReturnUrl, request.CancelUrl),
            cancellationToken));
    }
}
