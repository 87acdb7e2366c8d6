namespace Festival.Domain.Invoices;

/// <summary>
/// What one payer (the account that submitted entries) owes a festival for one season. Its lines are that payer's
/// entries of the season, so the invoice always matches them; its number is given from <see cref="InvoiceCounter"/> in
/// the transaction that issues it, so numbers have no gaps.
/// </summary>
public sealed class Invoice
{
    private readonly List<Payment> _payments = [];

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
