namespace Festival.Application.Invoices;

public static class InvoicePayments
{
    /// <summary>Paid means the payer's payments (and credits) cover their invoice: then their entries are locked.</summary>
    public static async Task<bool> IsPaidAsync(this IInvoices invoices, int seasonId, string payerUserId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invoices);
        return await invoices.FindAsync(seasonId, payerUserId, cancellationToken) is { } invoice
            && invoice.IsPaid(await invoices.TotalAsync(seasonId, payerUserId, cancellationToken));
    }
}
