using Festival.Application.Email;
using Festival.Application.Entries;
using Festival.Application.Entries.Change;
using Festival.Application.Entries.Change.Reactions;
using Festival.Application.Invoices;
using Festival.Application.Outbox;
using Festival.Application.People.Managed;
using Festival.Application.Profiles;
using Festival.Application.Seasons;
using Festival.Domain.Entries;
using Festival.Domain.Invoices;
using Festival.Domain.People;
using Festival.Domain.Profiles;
using Festival.Domain.Seasons;
using Festival.Domain.Syllabus;

namespace Festival.Application.Tests.Entries;

public sealed class ChangeEntryHandlerTests
{
    private const string Parent = "parent";
    private const string Staff = "staff";
    private static readonly PieceDraft[] Gigue = [new("Gigue", "Bach", "2:30")];

    private readonly ISeasons _seasons = Substitute.For<ISeasons>();
    private readonly IOnlineEntries _entries = Substitute.For<IOnlineEntries>();
    private readonly IInvoices _invoices = Substitute.For<IInvoices>();
    private readonly IManagedPeople _managed = Substitute.For<IManagedPeople>();
    private readonly IMediator _mediator = Substitute.For<IMediator>();
    private readonly Season _season = new("2027", "Festival", new DateOnly(2027, 1, 1), Fakes.Now);
    private readonly Entry _entry = Entry.ForPeople(0, 5, [7], 20m, Fakes.Now);

    [SetUp]
    public void Arrange()
    {
        _season.SetDates(null, null, null, Fakes.Now.AddDays(10));
        _entry.Describe(null, null, null, [(1, 100)], Fakes.Now);
        _entry.SubmitBy(Parent, 0);
        _entries.FindEntryAsync(3, Arg.Any<CancellationToken>()).Returns(_entry);
        _seasons.FindAsync(Arg.Any<int>(), Arg.Any<CancellationToken>()).Returns(_season);
        var festivalClass = new FestivalClass(0, 2105, "", "Solo", Fakes.Now);
        festivalClass.Update(new ClassDetails("Solo", "Piano", "Junior", ClassType.Solo, 20m, 240, 60, null, null, 180), Fakes.Now);
        _entries.FindClassAsync(Arg.Any<int>(), 5, Arg.Any<CancellationToken>()).Returns(festivalClass);
        var child = new Person("Ana", PersonRoles.Participant, "P-22222", Fakes.Now);
        typeof(Person).GetProperty(nameof(Person.Id))!.SetValue(child, 7);
        _entries.FindPeopleAsync(Arg.Any<IReadOnlyList<int>>(), Arg.Any<CancellationToken>()).Returns((IReadOnlyList<Person>)[child]);
        _managed.ManagesAsync(Parent, 7, Arg.Any<CancellationToken>()).Returns(true);
        _entries.PieceIdAsync("Gigue", "Bach", 150, Arg.Any<DateTimeOffset>(), Arg.Any<CancellationToken>()).Returns(2);
    }

    private ChangeEntryHandler Handler(DateTimeOffset? now = null)
    {
        var clock = Substitute.For<TimeProvider>();
        clock.GetUtcNow().Returns(now ?? Fakes.Now);
        return new ChangeEntryHandler(_seasons, _entries, _invoices, _managed, _mediator, clock);
    }

    private Task<Result<EntryChanged>> ChangeAsync(string userId, bool asStaff = false, DateTimeOffset? now = null, params PieceDraft[] pieces) =>
        Handler(now).Handle(new ChangeEntryCommand(userId, 3, new EntryChange(pieces.Length == 0 ? Gigue : pieces), asStaff), CancellationToken.None);

    [Test]
    public async Task The_submitter_changes_the_repertoire_and_EntryChanged_is_published_but_not_EntryChangedByStaff()
    {
        var result = await ChangeAsync(Parent);

        Assert.That(result.Value.Changes, Is.EqualTo(new[] { "Repertoire" }));
        Assert.That(_entry.Pieces.Single().PieceId, Is.EqualTo(2));
        Assert.That(_mediator.Published().Single(), Is.TypeOf<EntryChangedNotification>());
        await _entries.Received(1).SaveAsync(Arg.Any<CancellationToken>());
    }

    [Test]
    public async Task Someone_elses_entry_is_not_found_and_nothing_changes()
    {
        var result = await ChangeAsync("stranger");

        Assert.That(result.Errors.Single().Code, Is.EqualTo("entry_not_found"));
        Assert.That(_entry.Pieces.Single().PieceId, Is.EqualTo(1));
        Assert.That(_mediator.Published(), Is.Empty);
    }

    [Test]
    public async Task After_the_deadline_the_submitter_is_refused_but_staff_change_it_and_the_submitter_is_told()
    {
        var late = Fakes.Now.AddDays(11);

        var bySubmitter = await ChangeAsync(Parent, now: late);
        var byStaff = await ChangeAsync(Staff, asStaff: true, now: late);

        Assert.That(bySubmitter.Errors.Single().Code, Is.EqualTo("entries_closed"));
        Assert.That(byStaff.Value.Changes, Is.EqualTo(new[] { "Repertoire" }));
        var byStaffNotice = _mediator.Published().OfType<EntryChangedByStaffNotification>().Single();
        Assert.That((byStaffNotice.SubmittedByUserId, byStaffNotice.StaffUserId, byStaffNotice.Changes.Single()), Is.EqualTo((Parent, Staff, "Repertoire")));
    }

    [Test]
    public async Task A_paid_entry_is_locked_for_its_submitter()
    {
        var invoice = new Invoice(0, Parent, 1, Fakes.Now);
        invoice.Record(2000, PaymentMethod.Cheque, "CHQ 1", new DateOnly(2026, 11, 1), Staff, Fakes.Now);
        _invoices.FindAsync(Arg.Any<int>(), Parent, Arg.Any<CancellationToken>()).Returns(invoice);
        _invoices.TotalAsync(Arg.Any<int>(), Parent, Arg.Any<CancellationToken>()).Returns(2000L);

        var result = await ChangeAsync(Parent);

        Assert.That(result.Errors.Single().Code, Is.EqualTo("entry_paid"));
        Assert.That(_mediator.Published(), Is.Empty);
    }

    [Test]
    public async Task Repertoire_longer_than_the_class_allows_is_refused_as_a_new_entry_would_be_and_nothing_is_saved()
    {
        var result = await ChangeAsync(Parent, pieces: [new PieceDraft("Gigue", "Bach", "2:30"), new PieceDraft("Air", "Bach", "1:00")]);

        Assert.That(result.Errors.Single().Code, Is.EqualTo("too_long"));
        await _entries.DidNotReceive().SaveAsync(Arg.Any<CancellationToken>());
        Assert.That(_mediator.Published(), Is.Empty);
    }

    [Test]
    public async Task Saying_what_is_already_there_changes_nothing_and_publishes_nothing()
    {
        _entries.PieceIdAsync("Gigue", "Bach", 100, Arg.Any<DateTimeOffset>(), Arg.Any<CancellationToken>()).Returns(1);

        var result = await ChangeAsync(Parent, pieces: [new PieceDraft("Gigue", "Bach", "1:40")]);

        Assert.That(result.Value.Changes, Is.Empty);
        Assert.That(_mediator.Published(), Is.Empty);
    }

    [Test]
    public async Task The_submitter_is_emailed_what_staff_changed_through_the_outbox()
    {
        var profiles = Substitute.For<IProfiles>();
        profiles.FindPrimaryAsync(Parent, Arg.Any<CancellationToken>()).Returns(new Profile(Guid.NewGuid(), Parent, "parent@example.org", "Pat Parent", true, Fakes.Now));
        _entries.DescribeAsync(Arg.Any<IReadOnlyList<int>>(), Arg.Any<CancellationToken>())
            .Returns((IReadOnlyList<EntryLine>)[new EntryLine(3, "2105", "Solo", ["Ana"], [new PieceLine("Gigue", "Bach", 150)], null, null, null, 2000, 0, Parent)]);
        var outbox = Substitute.For<IOutbox>();
        var handler = new EntryChangedByStaffEmailHandler(_entries, profiles, outbox);

        await handler.Handle(new EntryChangedByStaffNotification(3, 1, "2027", Parent, Staff, ["Repertoire", "Teacher"], Fakes.Now), CancellationToken.None);

        await outbox.Received(1).EnqueueAsync(
            Arg.Is<EmailMessage>(m => m.To == "parent@example.org" && m.TextBody.Contains("repertoire, teacher") && m.TextBody.Contains("Gigue (Bach, 2:30)")),
            Arg.Is<string>(k => k.StartsWith("entry-changed-by-staff:3:")), Arg.Any<CancellationToken>());
    }
}
