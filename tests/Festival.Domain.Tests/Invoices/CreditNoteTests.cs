using Festival.Domain.Invoices;

namespace Festival.Domain.Tests.Invoices;

public sealed class CreditNoteTests
{
    private static readonly DateTimeOffset Now = new(2027, 2, 1, 9, 0, 0, TimeSpan.Zero);

    [Test]
    public void A_credit_note_lowers_the_balance_below_zero_once_paid_and_an_entry_is_credited_once()
    {
        var invoice = new Invoice(1, "payer", 4, Now);
        invoice.Record(4500, PaymentMethod.Cheque, "CHQ 1", new DateOnly(2027, 1, 15), "staff", Now);

        var first = invoice.Credit(1, entryId: 7, 2000, "Class 2105 cancelled", Now);
        var again = invoice.Credit(2, entryId: 7, 2000, "Class 2105 cancelled", Now);

        // Charged 45.00, paid 45.00, credited 20.00: the festival owes 20.00.
        Assert.That(first, Is.Not.Null);
        Assert.That(again, Is.Null);
        Assert.That(invoice.BalanceOf(4500), Is.EqualTo(-2000));
        Assert.That(invoice.IsPaid(4500), Is.True);
        Assert.That(invoice.CreditNotes.Single().Number, Is.EqualTo(1));
    }

    [Test]
    public void An_invoice_with_credits_but_no_payment_is_not_paid()
    {
        var invoice = new Invoice(1, "payer", 4, Now);
        invoice.Credit(1, entryId: 7, 2000, "Class cancelled", Now);

        // 45.00 charged, 20.00 credited: 25.00 still due.
        Assert.That(invoice.BalanceOf(4500), Is.EqualTo(2500));
        Assert.That(invoice.IsPaid(4500), Is.False);
    }

    [Test]
    public void Credit_notes_have_their_own_run_of_numbers_that_starts_at_one_even_on_a_counter_stored_before_they_existed()
    {
        var counter = new InvoiceCounter(1);
        typeof(InvoiceCounter).GetProperty(nameof(InvoiceCounter.NextCreditNote))!.SetValue(counter, 0);

        Assert.That(new[] { counter.Take(), counter.Take() }, Is.EqualTo(new[] { 1, 2 }));
        Assert.That(new[] { counter.TakeCreditNote(), counter.TakeCreditNote() }, Is.EqualTo(new[] { 1, 2 }));
    }
}
