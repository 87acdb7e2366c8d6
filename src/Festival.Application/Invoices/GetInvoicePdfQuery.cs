namespace Festival.Application.Invoices;

/// <summary>The invoice <see cref="GetInvoiceQuery"/> finds, with the same access rule, as a PDF.</summary>
public sealed record GetInvoicePdfQuery(string UserId, int? Number = null, bool AsStaff = false, string? Season = null) : IRequest<Result<DocumentFile>>;

internal sealed class GetInvoicePdfHandler(IMediator mediator, IInvoiceDocuments documents) : IRequestHandler<GetInvoicePdfQuery, Result<DocumentFile>>
{
    public async Task<Result<DocumentFile>> Handle(GetInvoicePdfQuery request, CancellationToken cancellationToken)
    {
        var invoice = await mediator.Send(new GetInvoiceQuery(request.UserId, request.Number, request.AsStaff, request.Season), cancellationToken);
        return invoice.Succeeded
            ? Result<DocumentFile>.Success(InvoiceFiles.Pdf(invoice.Value, documents))
            : Result<DocumentFile>.Failed(invoice.Errors);
    }
}

public static class InvoiceFiles
{
    public const string PdfContentType = "application/pdf";

    /// <summary>The invoice as the PDF file people download and receive by email: <c>invoice-2027-0007.pdf</c>.</summary>
    public static DocumentFile Pdf(InvoiceView invoice, IInvoiceDocuments documents)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        ArgumentNullException.ThrowIfNull(documents);
        var name = new string(invoice.Reference.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' ? c : '-').ToArray());
        return new DocumentFile(documents.Pdf(invoice), PdfContentType, $"invoice-{name}.pdf");
    }
}
