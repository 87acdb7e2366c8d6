using Festival.Domain.Invoices;

namespace Festival.Application.Invoices;

/// <summary>Invoices per payer and season, their gap-free numbers and their payments.</summary>
public interface IInvoices
{
    Task<Invoice?> FindAsync(int seasonId, string payerUserId, CancellationToken cancellationToken);

    Task<Invoice?> FindByNumberAsync(int seasonId, int number, CancellationToken cancellationToken);

    /// <summary>Takes the season's next invoice number in the caller's transaction (the counter row is made on first use).</summary>
    Task<int> TakeNumberAsync(int seasonId, CancellationToken cancellationToken);

    /// <summary>Takes the season's next credit note number in the caller's transaction, like <see cref="TakeNumberAsync"/>.</summary>
    Task<int> TakeCreditNoteNumberAsync(int seasonId, CancellationToken cancellationToken);

    Task AddAsync(Invoice invoice, CancellationToken cancellationToken);

    Task SaveAsync(CancellationToken cancellationToken);

    /// <summary>The invoice with its lines (the payer's entries of the season), payments and balance.</summary>
    Task<InvoiceView?> ViewAsync(int invoiceId, CancellationToken cancellationToken);

    /// <summary>What the payer is charged for the season: each entry with its discount, and the registration fees.</summary>
    Task<InvoiceCharges> ChargesAsync(int seasonId, string payerUserId, CancellationToken cancellationToken);

    /// <summary>What the payer's entries of the season cost in all: surcharges and registration fees in, discounts out.</summary>
    Task<long> TotalAsync(int seasonId, string payerUserId, CancellationToken cancellationToken);
}
