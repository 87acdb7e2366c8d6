using System.Net;
using System.Text.RegularExpressions;
using Festival.Infrastructure.Persistence;
using Festival.Testing.Scheduling;
using Ical.Net;
using Microsoft.EntityFrameworkCore;

namespace Festival.Web.Tests.Scheduling;

/// <summary>
/// <c>/Entries/Timetable</c> and <c>/timetable/{token}.ics</c> over HTTP on the sample season's schedule: Anna's account
/// (her own person) and Tess's (teacher and adjudicator).
/// </summary>
public sealed partial class TimetableTests
{
    private FestivalWebFactory _factory = null!;
    private SampleSeason _season = null!;
    private WebSession _staff = null!;
    private WebSession _anna = null!;
    private WebSession _tess = null!;
    private bool _published;
    private string _beforePublishing = null!;

    [OneTimeSetUp]
    public async Task StartHost()
    {
        _factory = new FestivalWebFactory();
        _season = await SampleSeason.CreateAsync(_factory.Services);
        await SampleSchedule.CreateAsync(_factory.Services, _season);
        _staff = await _factory.SignedInAsync("timetable.staff@example.org", role: "FestivalStaff");
        _anna = await SignedInAsPersonAsync("anna.timetable@example.org", "Anna");
        _tess = await SignedInAsPersonAsync("tess.timetable@example.org", "Tess");
        _beforePublishing = await _anna.GetPageAsync("/Entries/Timetable");
    }

    [OneTimeTearDown]
    public async Task StopHost()
    {
        _staff.Dispose();
        _anna.Dispose();
        _tess.Dispose();
        await _factory.DisposeAsync();
    }

    private async Task<WebSession> SignedInAsPersonAsync(string email, string person)
    {
        var session = await _factory.SignedInAsync(email);
        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FestivalDbContext>();
        var record = await db.People.SingleAsync(p => p.Id == _season.People[person]);
        record.LinkAccount(await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync(), SampleSeason.At);
        await db.SaveChangesAsync();
        return session;
    }

    private async Task PublishAsync()
    {
        if (_published)
        {
            return;
        }

        var generated = await _staff.PostJsonAsync("/api/admin/schedule/generate", new { commit = true });
        var published = await _staff.PostJsonAsync("/api/admin/schedule/publish", new { @override = true });
        Assert.That((generated.StatusCode, published.StatusCode), Is.EqualTo((HttpStatusCode.OK, HttpStatusCode.OK)), await published.Content.ReadAsStringAsync());
        _published = true;
    }

    private async Task<string> NewFeedUrlAsync(WebSession session, string person)
    {
        var renewed = await session.PostFormAsync("/Entries/Timetable?handler=Renew", new() { ["personId"] = _season.People[person].ToString(System.Globalization.CultureInfo.InvariantCulture) }, "/Entries/Timetable");
        Assert.That(renewed.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var page = await session.GetPageAsync("/Entries/Timetable");
        var link = FeedLink().Match(page);
        Assert.That(link.Success, Is.True, "the page shows the feed link");
        return new Uri(link.Groups[1].Value).PathAndQuery;
    }

    [Test]
    public async Task The_page_waits_for_publishing_then_lists_the_accounts_performances_and_what_a_teacher_and_adjudicator_hears()
    {
        await PublishAsync();

        var anna = await _anna.GetPageAsync("/Entries/Timetable");
        var tess = await _tess.GetPageAsync("/Entries/Timetable");

        Assert.That(_beforePublishing, Does.Contain("id=\"timetable-unpublished\"").And.Not.Contain("id=\"timetable\""));
        Assert.That(anna, Does.Contain("id=\"timetable\"").And.Contain(" March 2027"));
        Assert.That(anna, Does.Contain("2105A Piano Solo, Grade 5, Baroque").And.Contain("Anna Smith &amp; Cara &lt;b&gt;Lee&lt;/b&gt;"));
        Assert.That(anna, Does.Not.Contain("Ben Jones").And.Not.Contain("Northside Choir"), "only Anna's own entries");
        Assert.That(tess, Does.Contain("Ben Jones").And.Contain("Anna Smith"), "a teacher sees the entries she teaches");
    }

    [Test]
    public async Task The_feed_is_an_iCalendar_of_the_persons_performances_and_a_new_link_stops_the_old_one()
    {
        await PublishAsync();
        using var calendarApp = _factory.Session();
        var first = await NewFeedUrlAsync(_anna, "Anna");

        var response = await calendarApp.GetAsync(first);
        var second = await NewFeedUrlAsync(_anna, "Anna");
        var old = await calendarApp.GetAsync(first);
        var current = await calendarApp.GetAsync(second);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/calendar"));
        var calendar = Calendar.Load(await response.Content.ReadAsStringAsync())!;
        var annasEntries = await AnnasEntriesAsync();
        Assert.That(calendar.Events.Select(e => e.Uid), Is.EquivalentTo(annasEntries.Select(id => $"entry-{id}@festival")));
        Assert.That(calendar.Events.Select(e => e.Summary), Has.Some.StartsWith("2105A Piano Solo, Grade 5, Baroque: Anna Smith"));
        Assert.That(calendar.Events.Select(e => e.Summary), Has.Some.Contains("Anna Smith & Cara <b>Lee</b>"));
        Assert.That(calendar.Events, Has.All.Matches<Ical.Net.CalendarComponents.CalendarEvent>(e =>
            e.Location!.StartsWith("Town Hall, ", StringComparison.Ordinal) || e.Location.StartsWith("Church, ", StringComparison.Ordinal)));
        Assert.That(calendar.Events, Has.All.Matches<Ical.Net.CalendarComponents.CalendarEvent>(e =>
            e.DtStart!.Date.Year == 2027 && e.DtEnd!.Value > e.DtStart.Value));
        Assert.That(second, Is.Not.EqualTo(first));
        Assert.That((old.StatusCode, current.StatusCode), Is.EqualTo((HttpStatusCode.NotFound, HttpStatusCode.OK)));
    }

    [Test]
    public async Task Someone_elses_person_gets_no_feed_and_an_unknown_token_is_not_found()
    {
        using var anonymous = _factory.Session();

        var bens = await _anna.PostFormAsync("/Entries/Timetable?handler=Renew", new() { ["personId"] = _season.People["Ben"].ToString(System.Globalization.CultureInfo.InvariantCulture) }, "/Entries/Timetable");
        var unknown = await anonymous.GetAsync($"/timetable/{new string('x', 43)}.ics");
        var page = await _anna.GetPageAsync("/Entries/Timetable");

        Assert.That(bens.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(unknown.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(page, Does.Not.Contain($"id=\"feed-{_season.People["Ben"]}\""));
    }

    private async Task<List<int>> AnnasEntriesAsync()
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FestivalDbContext>();
        var anna = _season.People["Anna"];
        return await db.Entries.Where(e => e.SeasonId == _season.SeasonId && e.Participants.Any(p => p.PersonId == anna)).Select(e => e.Id).ToListAsync();
    }

    [GeneratedRegex("href=\"([^\"]+/timetable/[^\"]+\\.ics)\"")]
    private static partial Regex FeedLink();
}
