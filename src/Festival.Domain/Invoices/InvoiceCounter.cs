namespace Festival.Domain.Invoices;

/// <summary>
/// The next invoice number of a season. Taken and advanced in the transaction that issues the invoice, so a rolled-back
/// issue gives its number back and two concurrent issues cannot share one (the row is written by both; one waits).
/// </summary>
public sealed class InvoiceCounter
{
    private InvoiceCounter()
    {
    }

    public InvoiceCounter(int seasonId)
    {
        SeasonId = seasonId;
        Next = 1;
    }

    public int SeasonId { get; private set; }

    public int Next { get; private set; }

    public int Take() => Next++;
}
