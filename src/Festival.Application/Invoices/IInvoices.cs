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

    /// <summary>Every invoice of the season with what it charges, what was paid and credited, and the balance: for lists and jobs that need them all at once.</summary>
    Task<IReadOnlyList<InvoiceStanding>> StandingsAsync(int seasonId, CancellationToken cancellationToken);
}

/// <summary>One invoice's totals, worked out by the invoices' own rule (<see cref="InvoiceCharges.Compute"/>).</summary>
public sealed record InvoiceStanding(int Number, string PayerUserId, long TotalCents, long PaidCents, long CreditedCents, long BalanceCents, bool IsPaid);
