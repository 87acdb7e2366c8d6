using Festival.Application.Entries;
using Festival.Domain.Invoices;

namespace Festival.Application.Invoices;

public sealed record InvoiceView(
    int Id, int Number, string SeasonName, string FestivalName, string PayerEmail, string? PayerName, DateTimeOffset IssuedAt,
    IReadOnlyList<EntryLine> Lines, IReadOnlyList<PaymentLine> Payments)
{
    public long TotalCents => Lines.Sum(l => l.TotalCents);

    public long PaidCents => Payments.Sum(p => p.AmountCents);

    public long BalanceCents => TotalCents - PaidCents;
}

public sealed record PaymentLine(long AmountCents, PaymentMethod Method, string Reference, DateOnly ReceivedOn);
