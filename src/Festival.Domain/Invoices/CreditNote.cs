namespace Festival.Domain.Invoices;

/// <summary>
/// Money the festival gives back on an invoice: festivals refund only when they cancel a class, so a credit note names the
/// cancelled entry and what it had been charged. Numbered per season without gaps, like invoices.
/// </summary>
public sealed class CreditNote
{
    public const int MaxReasonLength = 300;

    private CreditNote()
    {
    }

    internal CreditNote(int number, int entryId, long amountCents, string reason, DateTimeOffset issuedAt)
    {
        Number = number;
        EntryId = entryId;
        AmountCents = amountCents;
        Reason = reason;
        IssuedAt = issuedAt;
    }

    public int Id { get; private set; }

    public int InvoiceId { get; private set; }

    /// <summary>1, 2, 3… per season, without gaps.</summary>
    public int Number { get; private set; }

    public int EntryId { get; private set; }

    public long AmountCents { get; private set; }

    public string Reason { get; private set; } = string.Empty;

    public DateTimeOffset IssuedAt { get; private set; }
}
