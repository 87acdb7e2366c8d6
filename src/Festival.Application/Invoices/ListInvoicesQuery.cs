using Festival.Application.Reports;

namespace Festival.Application.Invoices;

/// <summary>
/// The season's invoices (the current season unless named) for festival staff, by number, each with its total, what is
/// paid and the balance; <paramref name="Search"/> matches the payer's email or name, <paramref name="OutstandingOnly"/>
/// keeps those with something left to pay.
/// </summary>
public sealed record ListInvoicesQuery(
    string? Season = null, string? Search = null, bool OutstandingOnly = false, int Page = 1, int PageSize = ReportPaging.DefaultPageSize)
    : IRequest<Result<InvoiceList>>;

public sealed record InvoiceList(string Season, long OutstandingCents, PagedList<InvoiceRow> Rows);

public sealed record InvoiceRow(int Number, string PayerEmail, string? PayerName, DateTimeOffset IssuedAt, long TotalCents, long PaidCents)
{
    public long BalanceCents => TotalCents - PaidCents;
}
