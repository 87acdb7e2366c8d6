namespace Festival.Domain.Invoices;

/// <summary>
/// What one payer (the account that submitted entries) owes a festival for one season. Its lines are that payer's
/// entries of the season, so the invoice always matches them; its number is given from <see cref="InvoiceCounter"/> in
/// the transaction that issues it, so numbers have no gaps.
/// </summary>
public sealed class Invoice
{
    private readonly List<Payment> _payments = [];
    private readonly List<CreditNote> _creditNotes = [];

    private Invoice()
    {
    }

    public Invoice(int seasonId, string payerUserId, int number, DateTimeOffset issuedAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(payerUserId);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(number);
        SeasonId = seasonId;
        PayerUserId = payerUserId;
        Number = number;
        IssuedAt = issuedAt;
    }

    public int Id { get; private set; }

    public int SeasonId { get; private set; }

    public string PayerUserId { get; private set; } = string.Empty;

    /// <summary>1, 2, 3… per season, without gaps.</summary>
    public int Number { get; private set; }

    public DateTimeOffset IssuedAt { get; private set; }

    public IReadOnlyCollection<Payment> Payments => _payments;

    public long PaidCents => _payments.Sum(p => p.AmountCents);

    public IReadOnlyCollection<CreditNote> CreditNotes => _creditNotes;

    public long CreditedCents => _creditNotes.Sum(c => c.AmountCents);

    /// <summary>What is still owed when the invoice's charges come to <paramref name="totalCents"/>; negative when the festival owes the payer.</summary>
    public long BalanceOf(long totalCents) => totalCents - PaidCents - CreditedCents;

    /// <summary>Whether payments and credits cover <paramref name="totalCents"/>; then the payer's entries are locked.</summary>
    public bool IsPaid(long totalCents) => PaidCents > 0 && BalanceOf(totalCents) <= 0;

    public bool HasCredit(int entryId) => _creditNotes.Any(c => c.EntryId == entryId);

    /// <summary>Credits what entry <paramref name="entryId"/> was charged; an entry is credited once.</summary>
    public CreditNote? Credit(int number, int entryId, long amountCents, string reason, DateTimeOffset at)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(number);
        ArgumentOutOfRangeException.ThrowIfNegative(amountCents);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        if (HasCredit(entryId))
        {
            return null;
        }

        var note = new CreditNote(number, entryId, amountCents, reason.Length > CreditNote.MaxReasonLength ? reason[..CreditNote.MaxReasonLength] : reason, at);
        _creditNotes.Add(note);
        return note;
    }

    public bool HasReference(string reference) =>
        _payments.Any(p => string.Equals(p.Reference, reference.Trim(), StringComparison.OrdinalIgnoreCase));

    public Payment Record(long amountCents, PaymentMethod method, string reference, DateOnly receivedOn, string? recordedByUserId, DateTimeOffset at)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(amountCents);
        ArgumentException.ThrowIfNullOrWhiteSpace(reference);
        var payment = new Payment(amountCents, method, reference.Trim(), receivedOn, recordedByUserId, at);
        _payments.Add(payment);
        return payment;
    }
}
