using Festival.Application.Email;
using Festival.Application.Entries;
using Festival.Application.Invoices;
using Festival.Application.Invoices.Emails;
using Festival.Application.Outbox;
using Festival.Application.Profiles;
using Festival.Application.Syllabus.Cancel;
using Festival.Domain.Invoices;
using Festival.Domain.Profiles;

namespace Festival.Application.Tests.Invoices;

public sealed class InvoiceEmailTests
{
    private readonly IProfiles _profiles = Substitute.For<IProfiles>();
    private readonly IOutbox _outbox = Substitute.For<IOutbox>();

    private InvoiceEmailHandler Handler()
    {
        _profiles.FindPrimaryAsync("payer", Arg.Any<CancellationToken>())
            .Returns(new Profile(Guid.NewGuid(), "payer", "parent@example.org", "Pat Parent", true, Fakes.Now));
        return new(_profiles, _outbox);
    }

    private InvoiceEmail Queued(string key) =>
        (InvoiceEmail)_outbox.ReceivedCalls().Single(c => (string)c.GetArguments()[1]! == key).GetArguments()[0]!;

    [Test]
    public async Task An_issued_invoice_is_emailed_to_its_payer_with_the_invoice_to_attach()
    {
        await Handler().Handle(new InvoiceIssuedNotification(12, 3, 1, "payer", Fakes.Now), default);

        var email = Queued("invoice-issued:12");
        Assert.That(email.InvoiceId, Is.EqualTo(12));
        Assert.That(email.Email.To, Is.EqualTo("parent@example.org"));
        Assert.That(email.Email.Subject, Does.Contain("invoice 3"));
        Assert.That(email.Email.TextBody, Does.Contain("Hello Pat Parent"));
    }

    [Test]
    public async Task A_recorded_payment_is_emailed_with_the_balance_left()
    {
        await Handler().Handle(new PaymentRecordedNotification(12, 3, "payer", 2000, PaymentMethod.ETransfer, "ET-77", 2500, "staff", Fakes.Now), default);

        var email = Queued("payment-recorded:12:ET-77");
        Assert.That(email.Email.TextBody, Does.Contain("payment of 20.00 (ETransfer, reference ET-77)").And.Contain("balance due is now 25.00"));
    }

    [Test]
    public async Task A_cancelled_class_is_emailed_once_to_each_payer_with_their_credit_notes()
    {
        var credits = new[] { new EntryCredit("payer", 12, 3, 5, 1, 2000, -500), new EntryCredit("payer", 12, 3, 6, 2, 1500, -2000) };

        await Handler().Handle(new ClassCancelledNotification(40, 1, "2105", "Piano Solo", "The hall flooded.", [5, 6], credits, "staff", Fakes.Now), default);

        var email = Queued("class-cancelled:40:12");
        Assert.That(email.Email.TextBody, Does.Contain("class 2105 Piano Solo: The hall flooded.")
            .And.Contain("Credit note 1 of 20.00").And.Contain("Credit note 2 of 15.00").And.Contain("now owes you 20.00"));
        Assert.That(_outbox.ReceivedCalls().Count(), Is.EqualTo(1));
    }

    [Test]
    public async Task Sending_attaches_the_invoice_as_it_stands_as_a_PDF()
    {
        var invoices = Substitute.For<IInvoices>();
        var documents = Substitute.For<IInvoiceDocuments>();
        var sender = Substitute.For<IEmailSender>();
        var view = new InvoiceView(12, 3, "2027", "Riverside Festival", "parent@example.org", "Pat", Fakes.Now, Array.Empty<EntryLine>(), []);
        invoices.ViewAsync(12, Arg.Any<CancellationToken>()).Returns(view);
        documents.Pdf(view).Returns([1, 2, 3]);
        var email = new EmailMessage("parent@example.org", "Your invoice", "Attached.");

        await new SendInvoiceEmailHandler(invoices, documents, sender).HandleAsync(new InvoiceEmail(12, email), new OutboxDelivery(Guid.NewGuid(), "invoice-issued:12", 0), default);

        await sender.Received(1).SendAsync(
            Arg.Is<EmailMessage>(m => m.Subject == "Your invoice" && m.Attachments.Single().FileName == "invoice-2027-0003.pdf"
                && m.Attachments.Single().ContentType == "application/pdf" && m.Attachments.Single().Content.SequenceEqual(new byte[] { 1, 2, 3 })),
            "invoice-issued:12", Arg.Any<CancellationToken>());
    }
}
