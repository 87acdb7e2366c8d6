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
        NextCreditNote = 1;
    }

    public int SeasonId { get; private set; }

    public int Next { get; private set; }

    /// <summary>Credit notes are numbered per season too, on their own run: 1, 2, 3…</summary>
    public int NextCreditNote { get; private set; }

    public int Take() => Next++;

    /// <summary>Counters made before credit notes existed start at 0 in the database; their run starts at 1 all the same.</summary>
    public int TakeCreditNote()
    {
        var number = Math.Max(NextCreditNote, 1);
        NextCreditNote = number + 1;
        return number;
    }
}
