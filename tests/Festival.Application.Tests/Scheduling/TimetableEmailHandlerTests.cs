using System.Text;
using System.Text.Json;
using Festival.Application.Email;
using Festival.Application.Outbox;
using Festival.Application.Scheduling;
using Festival.Application.Scheduling.Publish;
using Festival.Application.Scheduling.Publish.Reactions;
using Festival.Application.Scheduling.Timetable;
using Festival.Application.Seasons;
using Festival.Domain.Entries;
using Festival.Domain.People;
using Festival.Domain.Scheduling;
using Festival.Domain.Seasons;
using Festival.Domain.Syllabus;
using Microsoft.Extensions.Options;

namespace Festival.Application.Tests.Scheduling;

/// <summary>
/// The timetable email handlers on a hand-made season: in Hall A on Saturday (adjudicator 90) class 2105 at 09:00 with
/// Kim's entry (taught by 50) and Lou's, then the duet 2200 at 10:00 of Kim and Lou accompanied by 60. Kim and Lou have
/// one guardian, whose address is written in two cases.
/// </summary>
public sealed class TimetableEmailHandlerTests
{
    private const int SeasonId = 1;
    private const int Saturday = 4;
    private const int Sunday = 5;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly ISeasons _seasons = Substitute.For<ISeasons>();
    private readonly IScheduleStore _store = Substitute.For<IScheduleStore>();
    private readonly ITimetableAddresses _addresses = Substitute.For<ITimetableAddresses>();
    private readonly ITimetableFeeds _feeds = Substitute.For<ITimetableFeeds>();
    private readonly IOutbox _outbox = Substitute.For<IOutbox>();
    private readonly List<(EmailMessage Email, string Key)> _sent = [];
    private readonly List<TimetableEmail> _timetables = [];
    private readonly IOptions<AccountOptions> _accounts = Options.Create(new AccountOptions { PublicBaseUrl = new Uri("https://festival.example/") });

    private static T WithId<T>(T record, int id)
    {
        typeof(T).GetProperty("Id")!.SetValue(record, id);
        return record;
    }

    private static Entry Entry(int id, int classId, int[] people, int? teacher = null, int? accompanist = null)
    {
        var entry = WithId(Domain.Entries.Entry.ForPeople(SeasonId, classId, people, 20m, Fakes.Now), id);
        entry.Describe(teacher, accompanist, null, [(1, 120)], Fakes.Now);
        return entry;
    }

    private static FestivalClass Class(int id, int number, string name)
    {
        var festivalClass = WithId(new FestivalClass(SeasonId, number, "", name, Fakes.Now), id);
        festivalClass.Update(new ClassDetails(name, "Piano", "Open", ClassType.Solo, 20m, 120, 60, null, null, null), Fakes.Now);
        return festivalClass;
    }

    /// <summary>The season with the duet where <paramref name="duet"/> puts it (null: not scheduled).</summary>
    private static SeasonScheduleData Data((int Session, TimeOnly Start)? duet)
    {
        ScheduledClass[] scheduled =
        [
            new(SeasonId, 10, 1, 1, Saturday, new TimeOnly(9, 0), [100, 101], SchedulePinKind.None),
            .. duet is { } d ? [new ScheduledClass(SeasonId, 11, 1, 1, d.Session, d.Start, [102], SchedulePinKind.None)] : Array.Empty<ScheduledClass>(),
        ];
        return new SeasonScheduleData(
            SeasonId, ScheduleSettings.ForSeason(SeasonId),
            [Class(10, 2105, "Piano Solo"), Class(11, 2200, "Piano Duet")],
            [Entry(100, 10, [1], teacher: 50), Entry(101, 10, [2]), Entry(102, 11, [1, 2], accompanist: 60)],
            [], [],
            [WithId(new Venue("Town Hall", null, Fakes.Now), 1)],
            [WithId(new Room(1, "Hall A", ["Piano"]), 2)],
            [WithId(new Adjudicator(SeasonId, 90, ["Piano"], [], Fakes.Now), 3)],
            [
                WithId(new Session(SeasonId, 2, new DateOnly(2027, 3, 6), new TimeOnly(9, 0), new TimeOnly(12, 0), 3, [], Fakes.Now), Saturday),
                WithId(new Session(SeasonId, 2, new DateOnly(2027, 3, 7), new TimeOnly(9, 0), new TimeOnly(12, 0), 3, [], Fakes.Now), Sunday),
            ],
            scheduled);
    }

    [SetUp]
    public void SetUp()
    {
        _seasons.FindAsync(SeasonId, Arg.Any<CancellationToken>()).Returns(WithId(new Season("2027", "Riverside Festival", new DateOnly(2027, 1, 1), Fakes.Now), SeasonId));
        _store.LoadAsync(SeasonId, Arg.Any<CancellationToken>()).Returns(Data((Saturday, new TimeOnly(10, 0))));
        _store.PersonNamesAsync(Arg.Any<IEnumerable<int>>(), Arg.Any<CancellationToken>()).Returns(new Dictionary<int, string>
        {
            [1] = "Kim", [2] = "Lou", [50] = "Tia Teacher", [60] = "Abe Accompanist", [90] = "Judy Judge",
        });
        _store.PieceTitlesAsync(Arg.Any<IEnumerable<int>>(), Arg.Any<CancellationToken>()).Returns(new Dictionary<int, string> { [1] = "Minuet (Bach)" });
        _addresses.ForPeopleAsync(Arg.Any<IReadOnlyCollection<int>>(), Arg.Any<DateOnly>(), Arg.Any<CancellationToken>()).Returns(
        [
            new PersonAddress(1, "family@example.org", 70, PersonLinkKind.Guardian),
            new PersonAddress(2, "Family@Example.org", 70, PersonLinkKind.Guardian),
            new PersonAddress(50, "tia@example.org", 50, null),
            new PersonAddress(60, "abe@example.org", 60, null),
            new PersonAddress(90, "judy@example.org", 90, null),
        ]);
        _addresses.ForAccountsAsync(Arg.Any<IReadOnlyCollection<string>>(), Arg.Any<CancellationToken>()).Returns(new Dictionary<string, string>());
        _feeds.ForPeopleAsync(Arg.Any<IReadOnlyCollection<int>>(), Arg.Any<CancellationToken>()).Returns([new TimetableFeed(1, new string('k', 43), Fakes.Now)]);
        _outbox.EnqueueManyAsync(Arg.Any<IReadOnlyCollection<(EmailMessage, string)>>(), Arg.Any<CancellationToken>())
            .Returns(Task.CompletedTask).AndDoes(call => _sent.AddRange(call.ArgAt<IReadOnlyCollection<(EmailMessage, string)>>(0)));
        _outbox.EnqueueManyAsync(Arg.Any<IReadOnlyCollection<(TimetableEmail, string)>>(), Arg.Any<CancellationToken>())
            .Returns(Task.CompletedTask).AndDoes(call =>
            {
                foreach (var (email, key) in call.ArgAt<IReadOnlyCollection<(TimetableEmail, string)>>(0))
                {
                    _timetables.Add(email);
                    _sent.Add((email.Email, key));
                }
            });
    }

    private Task PublishAsync() =>
        new TimetablePublishedEmailHandler(_seasons, _store, _addresses, _feeds, _outbox, _accounts, Fakes.Clock())
            .Handle(new SchedulePublishedNotification(SeasonId, "2027", 1, 2, [], "staff", Fakes.Now), default);

    private Task ChangeAsync(params ScheduleMove[] moves)
    {
        List<PublishedPlacement> published =
        [
            new(10, "2105", 1, 1, Saturday, new TimeOnly(9, 0), [100, 101]),
            new(11, "2200", 1, 1, Saturday, new TimeOnly(10, 0), [102]),
        ];
        _store.LatestPublicationAsync(SeasonId, Arg.Any<CancellationToken>())
            .Returns(new SchedulePublication(SeasonId, 1, JsonSerializer.Serialize(published, Json), "staff", Fakes.Now));
        return new TimetableChangedEmailHandler(_seasons, _store, _addresses, _outbox, _accounts, Fakes.Clock())
            .Handle(new ScheduleChangedNotification(SeasonId, 1, moves, "staff", Fakes.Now), default);
    }

    private static string[] Lines(EmailMessage email) =>
        [.. email.TextBody.Split(Environment.NewLine).Where(l => l.StartsWith("- ", StringComparison.Ordinal))];

    private EmailMessage To(string address) => _sent.Single(s => s.Email.To.Equals(address, StringComparison.OrdinalIgnoreCase)).Email;

    [Test]
    public async Task Publishing_writes_one_email_per_address_with_all_its_lines_its_feeds_and_a_calendar()
    {
        await PublishAsync();

        Assert.That(_sent.Select(s => s.Email.To.ToUpperInvariant()), Is.EquivalentTo(new[] { "FAMILY@EXAMPLE.ORG", "TIA@EXAMPLE.ORG", "ABE@EXAMPLE.ORG", "JUDY@EXAMPLE.ORG" }),
            "the guardian's address in two cases is one address");
        Assert.That(_sent.Select(s => s.Key), Has.All.StartWith("timetable-published:1:1:"));
        Assert.That(_sent.Select(s => s.Key), Is.Unique);
        Assert.That(Lines(To("family@example.org")), Is.EqualTo(new[]
        {
            "- Sat 6 Mar 2027, 09:00–09:20, Town Hall, Hall A: 2105 Piano Solo — Kim (Performer)",
            "- Sat 6 Mar 2027, 09:00–09:20, Town Hall, Hall A: 2105 Piano Solo — Lou (Performer)",
            "- Sat 6 Mar 2027, 10:00–10:15, Town Hall, Hall A: 2200 Piano Duet — Kim & Lou (Performer)",
        }));
        Assert.That(Lines(To("tia@example.org")), Is.EqualTo(new[] { "- Sat 6 Mar 2027, 09:00–09:20, Town Hall, Hall A: 2105 Piano Solo — Kim (Teacher)" }));
        Assert.That(Lines(To("abe@example.org")), Is.EqualTo(new[] { "- Sat 6 Mar 2027, 10:00–10:15, Town Hall, Hall A: 2200 Piano Duet — Kim & Lou (Accompanist)" }));
        Assert.That(Lines(To("judy@example.org")), Is.EqualTo(new[] { "- Sat 6 Mar 2027, 09:00–12:00, Town Hall, Hall A: 2105 Piano Solo, 2200 Piano Duet (Adjudicator)" }));

        var family = To("family@example.org");
        Assert.That(family.TextBody, Does.Contain("https://festival.example/Entries/Timetable")
            .And.Contain($"Kim: https://festival.example/timetable/{new string('k', 43)}.ics").And.Contain("Lou: https://festival.example/timetable/"));
        Assert.That(family.Attachments, Is.Empty, "the calendar is written when the email is sent");
        var sender = Substitute.For<IEmailSender>();
        await new SendTimetableEmailHandler(sender).HandleAsync(
            _timetables.Single(t => t.Email == family), new OutboxDelivery(Guid.NewGuid(), _sent.Single(s => s.Email == family).Key, 0), default);
        var attachment = ((EmailMessage)sender.ReceivedCalls().Single().GetArguments()[0]!).Attachments.Single();
        Assert.That((attachment.FileName, attachment.ContentType), Is.EqualTo(("timetable.ics", "text/calendar")));
        var calendar = Ical.Net.Calendar.Load(Encoding.UTF8.GetString(attachment.Content))!;
        Assert.That(calendar.Events.Select(e => e.Uid), Is.EquivalentTo(new[] { "entry-100@festival", "entry-101@festival", "entry-102@festival" }));
        _feeds.DidNotReceive().Add(Arg.Is<TimetableFeed>(f => f.PersonId == 1));
        _feeds.Received(1).Add(Arg.Is<TimetableFeed>(f => f.PersonId == 2 && f.Token.Length == TimetableFeed.TokenLength));
        _feeds.Received(4).Add(Arg.Any<TimetableFeed>());
        await _feeds.Received(1).SaveAsync(Arg.Any<CancellationToken>());
    }

    [Test]
    public async Task A_moved_class_emails_only_its_people_and_its_adjudicator_with_only_the_move()
    {
        _store.LoadAsync(SeasonId, Arg.Any<CancellationToken>()).Returns(Data((Sunday, new TimeOnly(9, 0))));

        await ChangeAsync(new ScheduleMove(11, "2200", 1, Saturday, new TimeOnly(10, 0), Sunday, new TimeOnly(9, 0), OrderChanged: false));

        Assert.That(_sent.Select(s => s.Email.To.ToUpperInvariant()), Is.EquivalentTo(new[] { "FAMILY@EXAMPLE.ORG", "ABE@EXAMPLE.ORG", "JUDY@EXAMPLE.ORG" }),
            "the teacher of the solo only hears nothing");
        Assert.That(_sent.Select(s => s.Key), Has.All.StartWith("timetable-changed:1:1:"));
        Assert.That(_sent.Select(s => s.Key), Is.Unique);
        Assert.That(Lines(To("family@example.org")), Is.EqualTo(new[]
        {
            "- 2200 Piano Duet: moved from Sat 6 Mar 2027, 10:00, Town Hall, Hall A to Sun 7 Mar 2027, 09:00–09:15, Town Hall, Hall A",
        }));
        Assert.That(To("family@example.org").Attachments, Is.Empty);
    }

    [Test]
    public async Task A_class_no_longer_scheduled_and_a_new_order_are_told_as_such()
    {
        _store.LoadAsync(SeasonId, Arg.Any<CancellationToken>()).Returns(Data(null));

        await ChangeAsync(
            new ScheduleMove(10, "2105", 1, Saturday, new TimeOnly(9, 0), Saturday, new TimeOnly(9, 0), OrderChanged: true),
            new ScheduleMove(11, "2200", 1, Saturday, new TimeOnly(10, 0), null, null, OrderChanged: false));

        Assert.That(Lines(To("family@example.org")), Is.EqualTo(new[]
        {
            "- 2105 Piano Solo: the performance order changed (Sat 6 Mar 2027, 09:00–09:20, Town Hall, Hall A)",
            "- 2200 Piano Duet: no longer scheduled (it was Sat 6 Mar 2027, 10:00, Town Hall, Hall A)",
        }));
        Assert.That(Lines(To("tia@example.org")), Has.Length.EqualTo(1).And.All.Contains("2105"));
        Assert.That(Lines(To("abe@example.org")), Has.Length.EqualTo(1).And.All.Contains("2200"), "the unscheduled duet's people come from the published version");
    }

    [Test]
    public async Task A_season_that_is_gone_sends_nothing()
    {
        _seasons.FindAsync(SeasonId, Arg.Any<CancellationToken>()).Returns((Season?)null);

        await PublishAsync();
        await ChangeAsync(new ScheduleMove(11, "2200", 1, Saturday, new TimeOnly(10, 0), Sunday, new TimeOnly(9, 0), OrderChanged: false));

        Assert.That(_sent, Is.Empty);
        await _store.DidNotReceive().LoadAsync(Arg.Any<int>(), Arg.Any<CancellationToken>());
    }
}
