using System.Globalization;
using Festival.Application.Entries;
using Festival.Domain.Invoices;

namespace Festival.Application.Invoices;

/// <summary>
/// An invoice as its payer and staff read it: a line per entry (class fee and late surcharge), the n-th entry discounts, the
/// registration fees, payments and credit notes. The total is what the lines, less discounts, plus registration fees come
/// to; the balance takes off payments and credits (negative: the festival owes the payer).
/// </summary>
public sealed record InvoiceView(
    int Id, int Number, string SeasonName, string FestivalName, string PayerEmail, string? PayerName, DateTimeOffset IssuedAt,
    IReadOnlyList<EntryLine> Lines, IReadOnlyList<PaymentLine> Payments)
{
    public IReadOnlyList<DiscountLine> Discounts { get; init; } = [];

    public IReadOnlyList<RegistrationLine> Registrations { get; init; } = [];

    public IReadOnlyList<CreditNoteLine> CreditNotes { get; init; } = [];

    public long TotalCents => Lines.Sum(l => l.TotalCents) - Discounts.Sum(d => d.AmountCents) + Registrations.Sum(r => r.AmountCents);

    public long PaidCents => Payments.Sum(p => p.AmountCents);

    public long CreditedCents => CreditNotes.Sum(c => c.AmountCents);

    public long BalanceCents => TotalCents - PaidCents - CreditedCents;

    /// <summary>How the invoice is numbered on paper: <c>2027-0007</c>.</summary>
    public string Reference => string.Create(CultureInfo.InvariantCulture, $"{SeasonName}-{Number:D4}");
}

public sealed record PaymentLine(long AmountCents, PaymentMethod Method, string Reference, DateOnly ReceivedOn);

/// <summary>The discount on the payer's <paramref name="Position"/>-th entry (counted in submission order).</summary>
public sealed record DiscountLine(int EntryId, string ClassCode, int Position, long AmountCents);

/// <summary>A registration fee: for a participant (<paramref name="For"/> names them) or, per payer, for the family.</summary>
public sealed record RegistrationLine(string For, long AmountCents);

public sealed record CreditNoteLine(int Number, int EntryId, string ClassCode, long AmountCents, string Reason, DateTimeOffset IssuedAt);
