using Festival.Application.Audit;
using Festival.Application.Entries;
using Festival.Application.Entries.Basket;
using Festival.Application.Entries.Submit;
using Festival.Application.Entries.Withdraw;
using Festival.Application.Invoices;
using Festival.Application.Invoices.Emails;
using Festival.Application.People.Managed;
using Festival.Application.Reports.Fees;
using Festival.Application.Seasons.Create;
using Festival.Application.Seasons.Fees;
using Festival.Application.Syllabus.Cancel;
using Festival.Domain.Invoices;
using Festival.Domain.People;
using Festival.Domain.Seasons;
using Festival.Domain.Syllabus;
using Festival.Infrastructure.Tests.Outbox;
using UglyToad.PdfPig;

namespace Festival.Infrastructure.Tests.Entries;

/// <summary>
/// Registration fees, the n-th entry discount, payments, cancelled classes and credit notes on a real SQLite file through
/// the real commands; every expected amount is worked out by hand beside it. The season charges 15.00 per participant and
/// takes 10% off the class fee of a payer's third and later entries; classes 2105, 2106 and 2107 cost 20.00, 25.00, 30.00.
/// </summary>
public sealed class FeesFlowTests
{
    private TestDatabase _database = null!;
    private OutboxTestHost _host = null!;
    private Dictionary<string, int> _classes = null!;

    [SetUp]
    public async Task StartAsync()
    {
        _database = new TestDatabase();
        _host = await OutboxTestHost.CreateAsync(_database);
        var season = await _host.SendAsync(new CreateSeasonCommand("2027", new DateOnly(2027, 1, 1), EntriesCloseAt: OutboxTestHost.Start.AddDays(30)));
        Assert.That(season.Succeeded, Is.True, season.ToString());
        _classes = await _host.QueryAsync(async db =>
        {
            var made = new Dictionary<string, FestivalClass>();
            foreach (var (number, fee) in new[] { (2105, 20m), (2106, 25m), (2107, 30m) })
            {
                var festivalClass = new FestivalClass(season.Value.SeasonId, number, "", $"Piano Solo {number}", OutboxTestHost.Start);
                festivalClass.Update(new ClassDetails($"Piano Solo {number}", "Piano", "Junior", ClassType.Solo, fee, 240, 60, null, null, null), OutboxTestHost.Start);
                db.Classes.Add(festivalClass);
                made[$"{number}"] = festivalClass;
            }

            await db.SaveChangesAsync();
            return made.ToDictionary(m => m.Key, m => m.Value.Id);
        });
        var fees = await _host.SendAsync(new SetSeasonFeesCommand(new SeasonFees(1500, RegistrationFeeBasis.PerParticipant, EntryDiscountKind.Percent, 10, 3)));
        Assert.That(fees.Succeeded, Is.True, fees.ToString());
    }

    [TearDown]
    public async Task StopAsync()
    {
        await _host.DisposeAsync();
        _database.Dispose();
    }

    private async Task<(string Parent, int[] Children)> FamilyAsync(string email, string displayName, params string[] children)
    {
        var parent = await _host.RegisterAsync(email, displayName);
        var ids = new List<int>();
        foreach (var child in children)
        {
            var added = await _host.SendAsync(new AddManagedPersonCommand(parent.Value, Relationship.Child, child, new DateOnly(2016, 3, 3)));
            Assert.That(added.Succeeded, Is.True, added.ToString());
            ids.Add(added.Value);
        }

        return (parent.Value, [.. ids]);
    }

    /// <summary>Puts (class, child) pairs in the basket in this order and submits them; returns the entry ids in the same order.</summary>
    private async Task<int[]> SubmitAsync(string parent, params (string Class, int Child)[] entries)
    {
        foreach (var (code, child) in entries)
        {
            var added = await _host.SendAsync(new AddToBasketCommand(parent, new EntryDraft(_classes[code], [child], [new PieceDraft("Minuet", "Bach", "2:00")])));
            Assert.That(added.Succeeded, Is.True, added.ToString());
        }

        var submitted = await _host.SendAsync(new SubmitEntriesCommand(parent));
        Assert.That(submitted.Succeeded, Is.True, submitted.ToString());
        return [.. submitted.Value.EntryIds];
    }

    private async Task<InvoiceView> InvoiceAsync(string payer) => (await _host.SendAsync(new GetInvoiceQuery(payer))).Value;

    [Test]
    public async Task Registration_fees_and_the_third_entry_discount_are_on_the_invoice_and_follow_withdrawals_and_new_entries()
    {
        var (parent, children) = await FamilyAsync("fees.parent@example.org", "Pat Parent", "Ada Lee", "Ben Lee");
        var (ada, ben) = (children[0], children[1]);
        var entries = await SubmitAsync(parent, ("2105", ada), ("2106", ben), ("2107", ada));

        var first = await InvoiceAsync(parent);
        // 20 + 25 + 30 = 75.00; 10% of 30.00 off the third entry; 15.00 for Ada and for Ben: 75 - 3 + 30 = 102.00.
        Assert.That(first.TotalCents, Is.EqualTo(10200));
        Assert.That(first.Discounts.Select(d => (d.ClassCode, d.Position, d.AmountCents)), Is.EqualTo(new[] { ("2107", 3, 300L) }));
        Assert.That(first.Registrations.Select(r => (r.For, r.AmountCents)), Is.EqualTo(new[] { ("Ada Lee", 1500L), ("Ben Lee", 1500L) }));

        Assert.That((await _host.SendAsync(new WithdrawEntryCommand(parent, entries[0]))).Succeeded, Is.True);
        var withdrawn = await InvoiceAsync(parent);
        // Ben's 2106 is now first and Ada's 2107 second, so no discount: 25 + 30 + 30 = 85.00. Ada still performs, so both fees stay.
        Assert.That(withdrawn.TotalCents, Is.EqualTo(8500));
        Assert.That(withdrawn.Discounts, Is.Empty);

        await SubmitAsync(parent, ("2105", ben));
        var again = await InvoiceAsync(parent);
        // Ben's new 2105 is the third entry: 10% of 20.00 off. 25 + 30 + 20 - 2 + 30 = 103.00.
        Assert.That(again.TotalCents, Is.EqualTo(10300));
        Assert.That(again.Discounts.Single().AmountCents, Is.EqualTo(200));

        var paid = await _host.SendAsync(new RecordPaymentCommand(again.Number, 10300, PaymentMethod.Cheque, "CHQ 501", new DateOnly(2026, 11, 30)));
        Assert.That(paid.Value.BalanceCents, Is.Zero);
        Assert.That((await _host.SendAsync(new WithdrawEntryCommand(parent, entries[1]))).Errors.Single().Code, Is.EqualTo("entry_paid"));
    }

    [Test]
    public async Task Cancelling_a_class_credits_its_entries_on_each_invoice_with_gap_free_numbers_and_emails_the_payers_the_invoice()
    {
        var (paying, children) = await FamilyAsync("paying@example.org", "Pat <b>Paying</b> & Co", "Zoë \"Ōtake\" <i>Lee</i>", "Ben Lee");
        await SubmitAsync(paying, ("2105", children[0]), ("2106", children[1]), ("2107", children[0]));
        var (owing, kids) = await FamilyAsync("owing@example.org", "Olive Owing", "Cy Owing");
        await SubmitAsync(owing, ("2107", kids[0]));
        var payingInvoice = await InvoiceAsync(paying);
        await _host.SendAsync(new RecordPaymentCommand(payingInvoice.Number, 10200, PaymentMethod.ETransfer, "ET-1", new DateOnly(2026, 11, 26)));

        var cancelled = await _host.SendAsync(new CancelClassCommand(_classes["2107"], "The adjudicator is ill."));

        Assert.That(cancelled.Succeeded, Is.True, cancelled.ToString());
        var credited = await InvoiceAsync(paying);
        var other = await InvoiceAsync(owing);
        // Paying: 102.00 charged and paid; its 2107 entry cost 30.00 less 3.00: credit note 1 of 27.00, so the festival owes 27.00.
        Assert.That(credited.CreditNotes.Select(c => (c.Number, c.ClassCode, c.AmountCents)), Is.EqualTo(new[] { (1, "2107", 2700L) }));
        Assert.That(credited.BalanceCents, Is.EqualTo(-2700));
        Assert.That(credited.Lines.Single(l => l.ClassCode == "2107").CancelledAt, Is.Not.Null);
        // Owing: 30.00 + 15.00 charged, nothing paid; credit note 2 of 30.00 leaves the 15.00 registration fee due.
        Assert.That(other.CreditNotes.Select(c => (c.Number, c.AmountCents)), Is.EqualTo(new[] { (2, 3000L) }));
        Assert.That(other.BalanceCents, Is.EqualTo(1500));

        var entry2107 = credited.Lines.Single(l => l.ClassCode == "2107").Id;
        Assert.That((await _host.SendAsync(new WithdrawEntryCommand(paying, entry2107, AsStaff: true))).Errors.Single().Code, Is.EqualTo("entry_cancelled"));
        Assert.That((await _host.SendAsync(new CancelClassCommand(_classes["2107"], "Twice"))).Errors.Single().Code, Is.EqualTo("class_already_cancelled"));
        var late = await _host.SendAsync(new AddToBasketCommand(owing, new EntryDraft(_classes["2107"], [kids[0]], [new PieceDraft("Air", "Bach", "2:00")])));
        Assert.That(late.Errors.Select(e => e.Code), Does.Contain("class_cancelled"));

        var audit = await _host.QueryAsync(db => db.AuditEvents.AsNoTracking().Select(a => a.Type).ToListAsync());
        Assert.That(audit.Count(t => t == AuditEventTypes.CreditNoteIssued), Is.EqualTo(2));
        Assert.That(audit, Does.Contain(AuditEventTypes.ClassCancelled).And.Contain(AuditEventTypes.SeasonFeesChanged));

        while (await _host.Processor.ProcessBatchAsync(CancellationToken.None) > 0)
        {
        }

        var mail = _host.Sender.Sent.Select(s => s.Message).ToList();
        var notice = mail.Single(m => m.To == "paying@example.org" && m.Subject == "Class 2107 is cancelled");
        Assert.That(notice.TextBody, Does.Contain("Credit note 1 of 27.00").And.Contain("now owes you 27.00"));
        Assert.That(mail.Where(m => m.To == "paying@example.org").Select(m => m.Subject), Does.Contain($"Your festival invoice {payingInvoice.Number}")
            .And.Contain($"Payment received for invoice {payingInvoice.Number}"));
        var pdf = notice.Attachments.Single();
        Assert.That(pdf.FileName, Is.EqualTo($"invoice-2027-{payingInvoice.Number:D4}.pdf"));
        using var document = PdfDocument.Open(pdf.Content);
        var text = string.Join("\n", document.GetPages().Select(p => p.Text));
        Assert.That(text, Does.Contain("Credit note 1").And.Contain("-27.00").And.Contain("Credit owed to you")
            .And.Contain("Zoë").And.Contain("\"Ōtake\"").And.Contain("<i>Lee</i>"));
    }

    [Test]
    public async Task The_fees_report_adds_up_per_payer_participant_teacher_and_school_as_worked_out_by_hand()
    {
        var (parent, children) = await FamilyAsync("report.parent@example.org", "Pat Parent", "Ada Lee", "Ben Lee");
        await SubmitAsync(parent, ("2105", children[0]), ("2106", children[1]), ("2107", children[0]));
        var (other, kids) = await FamilyAsync("report.other@example.org", "Olive Other", "Cy Other");
        await SubmitAsync(other, ("2105", kids[0]));
        var parentInvoice = await InvoiceAsync(parent);
        var otherInvoice = await InvoiceAsync(other);
        await _host.SendAsync(new RecordPaymentCommand(parentInvoice.Number, 5000, PaymentMethod.Cash, "R-1", new DateOnly(2026, 11, 26)));
        await _host.SendAsync(new RecordPaymentCommand(otherInvoice.Number, 3500, PaymentMethod.Cash, "R-2", new DateOnly(2026, 11, 26)));
        // Ada and Cy study with one teacher and go to one school; Ben has neither.
        await _host.QueryAsync(async db =>
        {
            var school = new School("Hill School", OutboxTestHost.Start);
            var teacher = new Person("Tess Teacher", PersonRoles.Teacher, "P-TESS1", OutboxTestHost.Start);
            db.AddRange(school, teacher);
            await db.SaveChangesAsync();
            await db.People.Where(p => p.Id == children[0] || p.Id == kids[0]).ExecuteUpdateAsync(s => s.SetProperty(p => p.SchoolId, school.Id));
            return await db.Entries.Where(e => e.Participants.Any(p => p.PersonId == children[0] || p.PersonId == kids[0]))
                .ExecuteUpdateAsync(s => s.SetProperty(e => e.TeacherId, teacher.Id));
        });

        var payers = (await _host.SendAsync(new FeesReportQuery(Kind: FeesReportKind.Payers))).Value;
        var outstanding = (await _host.SendAsync(new FeesReportQuery(Kind: FeesReportKind.Outstanding))).Value;
        var participants = (await _host.SendAsync(new FeesReportQuery(Kind: FeesReportKind.Participants))).Value;
        var teachers = (await _host.SendAsync(new FeesReportQuery(Kind: FeesReportKind.Teachers))).Value;
        var schools = (await _host.SendAsync(new FeesReportQuery(Kind: FeesReportKind.Schools))).Value;

        // Pat: 75.00 of entries - 3.00 + 30.00 = 102.00, paid 50.00, 52.00 due. Olive: 20.00 + 15.00 = 35.00, paid.
        Assert.That(payers.Rows.Select(r => (r.Name, r.Entries, r.Total, r.Paid, r.Balance)),
            Is.EqualTo(new[] { ("Pat Parent", 3, 102.00m, (decimal?)50.00m, (decimal?)52.00m), ("Olive Other", 1, 35.00m, 35.00m, 0m) }));
        Assert.That(outstanding.Rows.Select(r => r.Name), Is.EqualTo(new[] { "Pat Parent" }));
        Assert.That(payers.Totals, Is.EqualTo(new FeesTotals(2, 4, 95.00m, 3.00m, 45.00m, 137.00m, 85.00m, 0m, 52.00m, 0m)));
        // Ada: 20 + 30 of entries, 3.00 off, 15.00 registration = 62.00; Ben 25 + 15 = 40.00; Cy 20 + 15 = 35.00.
        Assert.That(participants.Rows.Select(r => (r.Name, r.Entries, r.EntryFees, r.Discounts, r.RegistrationFees, r.Total)), Is.EqualTo(new[]
        {
            ("Ada Lee", 2, 50.00m, 3.00m, 15.00m, 62.00m), ("Ben Lee", 1, 25.00m, 0m, 15.00m, 40.00m), ("Cy Other", 1, 20.00m, 0m, 15.00m, 35.00m),
        }));
        // The teacher's entries are Ada's two and Cy's one: 70.00 less 3.00. The school also carries Ada's and Cy's registration fees.
        Assert.That(teachers.Rows.Select(r => (r.Name, r.Entries, r.Total)), Is.EqualTo(new[] { ("Tess Teacher", 3, 67.00m) }));
        Assert.That(schools.Rows.Select(r => (r.Name, r.Entries, r.Total)), Is.EqualTo(new[] { ("Hill School", 3, 97.00m) }));
    }
}
