using Festival.Application.Seasons;

namespace Festival.Application.Invoices;

/// <summary>
/// The account's own invoice for the season, or, for festival staff (<paramref name="AsStaff"/>), invoice
/// <paramref name="Number"/>. Another payer's invoice is not found.
/// </summary>
public sealed record GetInvoiceQuery(string UserId, int? Number = null, bool AsStaff = false, string? Season = null) : IRequest<Result<InvoiceView>>;

internal sealed class GetInvoiceHandler(ISeasons seasons, IInvoices invoices) : IRequestHandler<GetInvoiceQuery, Result<InvoiceView>>
{
    public async Task<Result<InvoiceView>> Handle(GetInvoiceQuery request, CancellationToken cancellationToken)
    {
        var season = await seasons.ResolveAsync(request.Season, cancellationToken);
        if (!season.Succeeded)
        {
            return Result<InvoiceView>.Failed(season.Errors);
        }

        var invoice = request.Number is { } number
            ? await invoices.FindByNumberAsync(season.Value.Id, number, cancellationToken)
            : await invoices.FindAsync(season.Value.Id, request.UserId, cancellationToken);
        if (invoice is null || (!request.AsStaff && invoice.PayerUserId != request.UserId))
        {
            return request.Number is { } n ? InvoiceErrors.NotFound(n) : InvoiceErrors.NoInvoice;
        }

        return await invoices.ViewAsync(invoice.Id, cancellationToken) is { } view ? Result<InvoiceView>.Success(view) : InvoiceErrors.NoInvoice;
    }
}
