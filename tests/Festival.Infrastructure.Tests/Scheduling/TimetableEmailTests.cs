using System.Globalization;
using Festival.Application.Accounts.Register;
using Festival.Application.Email;
using Festival.Application.Scheduling.Edit;
using Festival.Application.Scheduling.Generate;
using Festival.Application.Scheduling.Publish;
using Festival.Application.Scheduling.Timetable;
using Festival.Domain.People;
using Festival.Infrastructure.Outbox;
using Festival.Testing.Email;
using Festival.Testing.Scheduling;

namespace Festival.Infrastructure.Tests.Scheduling;

/// <summary>
/// The timetable emails of the sample season through the real mediator on SQLite. Pat is the guardian of Anna and Cara
/// (by account); Tess (teacher of Anna and Ben, of Cara by link, conductor of the choir), Alex (accompanist of Ben and
/// the duet) and Victor (adjudicator of the vocal sessions) have an email and no account; Anna's own email is a child's.
/// </summary>
public sealed class TimetableEmailTests
{
    private const string Pat = "pat.parent@example.org";
    private const string Tess = "tess@example.org";
    private const string Alex = "alex@example.org";
    private const string Victor = "victor@example.org";
    private FestivalApp _app = null!;
    private SampleSeason _season = null!;
    private SampleSchedule _schedule = null!;
    private string _patUserId = null!;
    private RecordingEmailSender _sender = null!;

    [SetUp]
    public async Task SetUp()
    {
        _sender = new RecordingEmailSender();
        _app = await FestivalApp.StartAsync(configure: services => services.AddSingleton<IEmailSender>(_sender));
        _season = await SampleSeason.CreateAsync(_app);
        _schedule = await SampleSchedule.CreateAsync(_app.Services, _season);
        _patUserId = (await _app.Send(new RegisterUserCommand(Pat, "Festival-2026", "Pat Parent"))).Value;
        await _app.Db(async db =>
        {
            var pat = new Person("Pat Parent", PersonRoles.Guardian, ProfileCode.NewRandom(), SampleSeason.At);
            pat.LinkAccount(_patUserId, SampleSeason.At);
            db.People.Add(pat);
            await db.SaveChangesAsync();
            db.PersonLinks.AddRange(
                new PersonLink(pat.Id, _season.People["Anna"], PersonLinkKind.Guardian, PersonLinkStatus.Accepted, SampleSeason.At),
                new PersonLink(pat.Id, _season.People["Cara"], PersonLinkKind.Guardian, PersonLinkStatus.Accepted, SampleSeason.At));
            var people = await db.People.ToListAsync();
            people.Single(p => p.Id == _season.People["Tess"]).Complete(Tess, null, null, null, SampleSeason.At);
            people.Single(p => p.Id == _season.People["Alex"]).Complete(Alex, null, null, null, SampleSeason.At);
            people.Single(p => p.Name == "Victor Voice").Complete(Victor, null, new DateOnly(1970, 1, 1), null, SampleSeason.At);
            return await db.SaveChangesAsync();
        });
        var generated = await _app.Send(new GenerateScheduleCommand(Commit: true));
        Assert.That(generated.Value.ClassesPlaced, Is.EqualTo(4), generated.ToString());
    }

    [TearDown]
    public async Task TearDown() => await _app.DisposeAsync();

    /// <summary>Delivers the outbox as the dispatcher would and answers the emails sent whose key starts so, by recipient.</summary>
    private async Task<Dictionary<string, List<EmailMessage>>> EmailsAsync(string keyPrefix)
    {
        var processor = _app.Services.GetRequiredService<OutboxProcessor>();
        while (await processor.ProcessBatchAsync(CancellationToken.None) > 0)
        {
        }

        Assert.That(await _app.Db(db => db.OutboxMessages.CountAsync(m => m.DeliveredAt == null)), Is.Zero, "every message delivered");
        return _sender.Sent.Where(s => s.IdempotencyKey.StartsWith(keyPrefix, StringComparison.Ordinal))
            .GroupBy(s => s.Message.To).ToDictionary(g => g.Key, g => g.Select(s => s.Message).ToList());
    }

    private Task<int> EntryIdAsync(string classCode, string performer) =>
        _app.Db(db => db.Entries.Where(e => e.ClassId == _season.Classes[classCode] && e.Participants.Any(p => p.PersonId == _season.People[performer]))
            .Select(e => e.Id).FirstAsync());

    private static string[] BodyLines(EmailMessage email) =>
        [.. email.TextBody.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.StartsWith("- ", StringComparison.Ordinal))];

    private static string Expected(TimetableLine line) =>
        $"- {line.Date.ToString("ddd d MMM yyyy", CultureInfo.InvariantCulture)}, {line.Start:HH:mm}–{line.End:HH:mm}, {line.Venue}, {line.Room}: {line.Class}"
        + (line.Performers.Length > 0 ? $" — {line.Performers}" : string.Empty);

    [Test]
    public async Task Publishing_sends_each_address_one_timetable_with_its_lines_feed_links_and_a_calendar()
    {
        var published = await _app.Send(new PublishScheduleCommand(null, Override: true));

        Assert.That(published.Succeeded, Is.True, published.ToString());
        var emails = await EmailsAsync("timetable-published:");
        Assert.That(emails.Keys, Is.EquivalentTo(new[] { Pat, Tess, Alex, Victor }), "Anna's own address is a child's; Ben, Paula and the choir have none");
        Assert.That(emails.Values.All(list => list.Count == 1), Is.True, "one email per address");

        var pat = emails[Pat].Single();
        var page = await _app.Send(new GetMyTimetableQuery(_patUserId));
        Assert.That(page.Value.Lines, Has.Count.EqualTo(3), "Anna's solo, the duet and Cara's song");
        Assert.That(BodyLines(pat).Select(l => l.Replace(" (Performer)", string.Empty, StringComparison.Ordinal)), Is.EqualTo(page.Value.Lines.Select(Expected)),
            "the parent of two gets one email with both children's lines, as on the timetable page");
        Assert.That(pat.TextBody, Does.Contain("Cara <b>Lee</b>"), "plain text: names as typed");
        Assert.That(pat.HtmlBody, Is.Null);
        Assert.That(pat.TextBody, Does.Contain("http://localhost:5226/Entries/Timetable"));

        var tokens = await _app.Db(db => db.TimetableFeeds.ToDictionaryAsync(f => f.PersonId, f => f.Token));
        Assert.That(tokens.Keys, Is.SupersetOf(new[] { _season.People["Anna"], _season.People["Cara"], _season.People["Tess"], _season.People["Alex"] }), "feeds made for those who had none");
        Assert.That(pat.TextBody, Does.Contain($"Anna Smith: http://localhost:5226/timetable/{tokens[_season.People["Anna"]]}.ics")
            .And.Contain($"Cara <b>Lee</b>: http://localhost:5226/timetable/{tokens[_season.People["Cara"]]}.ics"));

        var attachment = pat.Attachments.Single();
        Assert.That((attachment.FileName, attachment.ContentType), Is.EqualTo(("timetable.ics", "text/calendar")));
        var calendar = Ical.Net.Calendar.Load(System.Text.Encoding.UTF8.GetString(attachment.Content))!;
        var entries = new[] { await EntryIdAsync("2105A", "Anna"), await EntryIdAsync("2200", "Anna"), await EntryIdAsync("1010", "Cara") };
        Assert.That(calendar.Events.Select(e => e.Uid), Is.EquivalentTo(entries.Select(id => $"entry-{id}@festival")));
        var first = page.Value.Lines[0];
        Assert.That(calendar.Events.Single(e => e.Uid == $"{first.Uid}@festival").DtStart!.Value, Is.EqualTo(first.Date.ToDateTime(first.Start)));

        Assert.That(BodyLines(emails[Alex].Single()), Has.Length.EqualTo(2).And.All.EndsWith("(Accompanist)"), "Ben's solo and the duet");
        var tess = BodyLines(emails[Tess].Single());
        Assert.That(tess, Has.Length.EqualTo(5).And.All.EndsWith("(Teacher)"), "Anna's and Ben's 2105A and the choir name her; Cara's two by her teacher link");
        Assert.That(tess.Count(l => l.Contains("2105A", StringComparison.Ordinal)), Is.EqualTo(2));
        Assert.That(tess.Any(l => l.Contains("1500 Choirs — Northside Choir", StringComparison.Ordinal)), Is.True);
        Assert.That(BodyLines(emails[Victor].Single()), Is.Not.Empty.And.All.EndsWith("(Adjudicator)"));
    }

    [Test]
    public async Task A_later_move_emails_only_the_people_of_the_moved_class_with_only_the_change()
    {
        await _app.Send(new PublishScheduleCommand(null, Override: true));
        var song = await _app.Db(db => db.ScheduledClasses.SingleAsync(c => c.ClassId == _season.Classes["1010"]));
        var target = await _app.Db(db => db.Sessions.Where(s => s.RoomId == _schedule.Rooms["Room B"] && s.Id != song.SessionId)
            .OrderByDescending(s => s.Date).ThenByDescending(s => s.Start).FirstAsync());

        var moved = await _app.Send(new MoveScheduledClassCommand(song.ClassId, 1, target.Id, target.Start, Override: true));

        Assert.That(moved.Value.Applied, Is.True, moved.ToString());
        var emails = await EmailsAsync("timetable-changed:");
        Assert.That(emails.Keys, Is.EquivalentTo(new[] { Pat, Tess, Victor }), "Cara's guardian, her teacher by link and the adjudicator; not Alex");
        Assert.That(emails.Values.All(list => list.Count == 1), Is.True);
        var from = await _app.Db(db => db.Sessions.SingleAsync(s => s.Id == song.SessionId));
        var change = BodyLines(emails[Pat].Single());
        Assert.That(change, Has.Length.EqualTo(1), "only what changed");
        Assert.That(change[0], Does.StartWith("- 1010 Vocal Solo, Junior: moved from ")
            .And.Contain($"{from.Date.ToString("ddd d MMM yyyy", CultureInfo.InvariantCulture)}, {song.Start:HH:mm}, Town Hall, Room B to ")
            .And.Contain($"{target.Date.ToString("ddd d MMM yyyy", CultureInfo.InvariantCulture)}, {target.Start:HH:mm}–"));
        Assert.That(emails[Pat].Single().TextBody, Does.Not.Contain("2105A").And.Not.Contain("2200"));
    }
}
