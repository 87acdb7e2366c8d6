using System.Globalization;
using Festival.Application.Invoices;

namespace Festival.Infrastructure.Documents;

/// <summary>The invoice on paper: the same lines, discounts, registration fees, payments, credit notes and balance as the page.</summary>
internal sealed class InvoiceDocuments : IInvoiceDocuments
{
    public byte[] Pdf(InvoiceView invoice)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        using var layout = new PdfLayout($"{invoice.FestivalName} invoice {invoice.Reference}");
        layout.Heading(invoice.FestivalName)
            .Text($"Invoice {invoice.Reference}", bold: true)
            .Text($"Season {invoice.SeasonName}, issued {Day(invoice.IssuedAt)}")
            .Space()
            .Text($"To: {invoice.PayerName ?? invoice.PayerEmail} ({invoice.PayerEmail})")
            .Space();

        var rows = new List<IReadOnlyList<string>>();
        foreach (var line in invoice.Lines)
        {
            rows.Add([
                $"{line.ClassCode} {line.ClassName}{(line.CancelledAt is null ? string.Empty : " (class cancelled)")}",
                string.Join(", ", line.Performers),
                Money(line.FeeCents),
                line.SurchargeCents == 0 ? string.Empty : Money(line.SurchargeCents),
                Money(line.TotalCents),
            ]);
        }

        foreach (var discount in invoice.Discounts)
        {
            rows.Add([$"Discount on entry {discount.Position} (class {discount.ClassCode})", string.Empty, string.Empty, string.Empty, Money(-discount.AmountCents)]);
        }

        foreach (var registration in invoice.Registrations)
        {
            rows.Add([$"Registration fee: {registration.For}", string.Empty, string.Empty, string.Empty, Money(registration.AmountCents)]);
        }

        var bold = new HashSet<int> { rows.Count };
        rows.Add(["Total", string.Empty, string.Empty, string.Empty, Money(invoice.TotalCents)]);
        foreach (var payment in invoice.Payments)
        {
            rows.Add([$"Paid {payment.ReceivedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} by {payment.Method} ({payment.Reference})",
                string.Empty, string.Empty, string.Empty, Money(-payment.AmountCents)]);
        }

        foreach (var credit in invoice.CreditNotes)
        {
            rows.Add([$"Credit note {credit.Number}, {Day(credit.IssuedAt)}: {credit.Reason}", string.Empty, string.Empty, string.Empty, Money(-credit.AmountCents)]);
        }

        bold.Add(rows.Count);
        rows.Add([invoice.BalanceCents < 0 ? "Credit owed to you" : "Balance due", string.Empty, string.Empty, string.Empty, Money(Math.Abs(invoice.BalanceCents))]);
        layout.Table(
            [new PdfColumn("Class", 34), new PdfColumn("Performers", 30), new PdfColumn("Fee", 12, true), new PdfColumn("Late surcharge", 12, true), new PdfColumn("Amount", 12, true)],
            rows, bold);
        return layout.ToBytes();
    }

    private static string Money(long cents) => (cents / 100m).ToString("0.00", CultureInfo.InvariantCulture);

    private static string Day(DateTimeOffset at) => at.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
