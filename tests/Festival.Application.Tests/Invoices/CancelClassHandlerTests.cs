using Festival.Application.Invoices;
using Festival.Application.Syllabus;
using Festival.Application.Syllabus.Cancel;
using Festival.Domain.Entries;
using Festival.Domain.Invoices;
using Festival.Domain.Seasons;
using Festival.Domain.Syllabus;

namespace Festival.Application.Tests.Invoices;

public sealed class CancelClassHandlerTests
{
    private readonly IClassRecords _classes = Substitute.For<IClassRecords>();
    private readonly IInvoices _invoices = Substitute.For<IInvoices>();
    private readonly IMediator _mediator = Substitute.For<IMediator>();
    private readonly FestivalClass _class = WithId(new FestivalClass(1, 2105, "", "Piano Solo", Fakes.Now), 40);
    private int _nextCreditNote = 7;

    private static T WithId<T>(T record, int id)
    {
        typeof(T).GetProperty("Id")!.SetValue(record, id);
        return record;
    }

    private static Entry EntryBy(int id, string? payer, long feeCents, params int[] people)
    {
        var entry = WithId(Entry.ForPeople(1, 40, people, feeCents / 100m, Fakes.Now.AddMinutes(id)), id);
        if (payer is not null)
        {
            entry.SubmitBy(payer, 0);
        }

        return entry;
    }

    private CancelClassHandler Handler(params Entry[] entries)
    {
        _classes.FindAsync(40, Arg.Any<CancellationToken>()).Returns(_class);
        _classes.EntriesAsync(40, Arg.Any<CancellationToken>()).Returns(entries);
        _invoices.TakeCreditNoteNumberAsync(1, Arg.Any<CancellationToken>()).Returns(_ => _nextCreditNote++);
        return new(_classes, _invoices, _mediator, Substitute.For<IRequestContext>(), Fakes.Clock());
    }

    [Test]
    public async Task Cancelling_a_class_cancels_its_entries_and_credits_each_invoiced_one_with_what_it_was_charged()
    {
        // The payer's third entry (10% off) is in the cancelled class: 30.00 less 3.00 is credited.
        var invoice = new Invoice(1, "payer", 3, Fakes.Now);
        invoice.Record(7500, PaymentMethod.Cheque, "CHQ 9", new DateOnly(2026, 11, 20), "staff", Fakes.Now);
        var cancelled = EntryBy(5, "payer", 3000, 1);
        var imported = EntryBy(6, null, 3000, 2);
        var fees = new SeasonFees(0, RegistrationFeeBasis.PerPayer, EntryDiscountKind.Percent, 10, 3);
        _invoices.FindAsync(1, "payer", Arg.Any<CancellationToken>()).Returns(invoice);
        _invoices.ChargesAsync(1, "payer", Arg.Any<CancellationToken>()).Returns(InvoiceCharges.Compute(fees,
            [new(3, 2000, 0, Fakes.Now, [1]), new(4, 2500, 0, Fakes.Now.AddMinutes(1), [1]), new(5, 3000, 0, Fakes.Now.AddMinutes(5), [1])]));

        var result = await Handler(cancelled, imported).Handle(new CancelClassCommand(40, "  The adjudicator is ill. "), default);

        // Charged 20 + 25 + 27 = 72.00, paid 75.00, credited 27.00: the festival owes 30.00.
        Assert.That(result.Succeeded, Is.True, result.ToString());
        Assert.That(new[] { _class.IsCancelled, cancelled.IsCancelled, imported.IsCancelled }, Is.All.True);
        Assert.That(invoice.CreditNotes.Select(c => (c.Number, c.EntryId, c.AmountCents)), Is.EqualTo(new[] { (7, 5, 2700L) }));
        Assert.That(invoice.CreditNotes.Single().Reason, Is.EqualTo("Class 2105 Piano Solo cancelled: The adjudicator is ill."));
        Assert.That(result.Value.Credits.Single(), Is.EqualTo(new EntryCredit("payer", invoice.Id, 3, 5, 7, 2700, -3000)));
        Assert.That(result.Value.EntryIds, Is.EqualTo(new[] { 5, 6 }));
        Assert.That(_mediator.Published(), Has.One.InstanceOf<ClassCancelledNotification>().And.One.InstanceOf<CreditNoteIssuedNotification>());
        await _classes.Received(1).SaveAsync(Arg.Any<CancellationToken>());
    }

    [Test]
    public async Task A_class_already_cancelled_is_refused_and_nothing_is_credited_again()
    {
        _class.Cancel(Fakes.Now);

        var result = await Handler(EntryBy(5, "payer", 3000, 1)).Handle(new CancelClassCommand(40, "Again"), default);

        Assert.That(result.Errors.Single().Code, Is.EqualTo("class_already_cancelled"));
        await _invoices.DidNotReceiveWithAnyArgs().TakeCreditNoteNumberAsync(default, default);
        Assert.That(_mediator.Published(), Is.Empty);
    }

    [TestCase("")]
    [TestCase("   ")]
    public async Task A_cancellation_without_a_reason_is_refused(string reason)
    {
        var result = await Handler().Handle(new CancelClassCommand(40, reason), default);

        Assert.That(result.Errors.Single().Field, Is.EqualTo("Reason"));
        Assert.That(_class.IsCancelled, Is.False);
    }

    [Test]
    public async Task An_unknown_class_is_not_found()
    {
        var result = await Handler().Handle(new CancelClassCommand(99, "Rain"), default);

        Assert.That(result.Errors.Single().Code, Is.EqualTo("class_not_found"));
    }
}
