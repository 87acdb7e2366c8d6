using Festival.Application.Entries;
using Festival.Application.Invoices;
using Festival.Domain.Invoices;
using Festival.Infrastructure.Documents;
using UglyToad.PdfPig;

namespace Festival.Infrastructure.Tests.Documents;

/// <summary>Invoice PDFs read back with PdfPig: what the payer must see is in the text, whatever characters names hold.</summary>
public sealed class InvoicePdfTests
{
    private static readonly DateTimeOffset Issued = new(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);

    private static EntryLine Line(int id, string code, string performer, long fee, long surcharge = 0) =>
        new(id, code, $"Piano Solo {code}", [performer], [new PieceLine("Minuet", "Bach", 120)], null, null, null, fee, surcharge, "payer");

    private static string TextOf(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return string.Join("\n", document.GetPages().Select(p => p.Text));
    }

    [Test]
    public void The_PDF_names_the_festival_invoice_payer_lines_discounts_registration_payments_and_balance()
    {
        var invoice = new InvoiceView(
            5, 7, "2027", "Riverside <Music> Festival & Co", "pat@example.org", "Pat \"O'Neil\" <script>", Issued,
            [Line(1, "2105", "Zoë Ōtake-Łukasz", 2000), Line(2, "2107", "Ben <b>Lee</b>", 3000, 500)],
            [new PaymentLine(2000, PaymentMethod.Cheque, "CHQ 1042", new DateOnly(2026, 12, 1))])
        {
            Discounts = [new DiscountLine(2, "2107", 3, 300)],
            Registrations = [new RegistrationLine("Zoë Ōtake-Łukasz", 1500)],
        };

        var text = TextOf(new InvoiceDocuments().Pdf(invoice));

        // 20.00 + 35.00 - 3.00 + 15.00 = 67.00; paid 20.00, so 47.00 due.
        Assert.That(text, Does.Contain("Riverside <Music> Festival & Co").And.Contain("2027-0007").And.Contain("Pat \"O'Neil\" <script>"));
        Assert.That(text, Does.Contain("Zoë Ōtake-Łukasz").And.Contain("Ben <b>Lee</b>").And.Contain("CHQ 1042"));
        Assert.That(text, Does.Contain("Discount on entry 3").And.Contain("-3.00").And.Contain("Registration fee").And.Contain("15.00"));
        Assert.That(text, Does.Contain("67.00").And.Contain("-20.00").And.Contain("Balance due").And.Contain("47.00"));
    }

    [Test]
    public void A_long_invoice_flows_onto_more_pages_and_keeps_every_line()
    {
        var lines = Enumerable.Range(1, 80).Select(i => Line(i, $"{2000 + i}", $"Performer {i:D2}", 1000)).ToList();
        var invoice = new InvoiceView(5, 8, "2027", "Riverside Festival", "school@example.org", "Hill School", Issued, lines, []);

        var pdf = new InvoiceDocuments().Pdf(invoice);

        using var document = PdfDocument.Open(pdf);
        Assert.That(document.NumberOfPages, Is.GreaterThan(1));
        var text = string.Join("\n", document.GetPages().Select(p => p.Text));
        Assert.That(Enumerable.Range(1, 80).Where(i => !text.Contains($"Performer {i:D2}", StringComparison.Ordinal)), Is.Empty);
        Assert.That(text, Does.Contain("800.00"));
    }
}
