using System.Net;
using System.Text.Json;
using Festival.Testing.Scheduling;

namespace Festival.Web.Tests.Scheduling;

/// <summary>The schedule pages and <c>/api/admin/schedule</c> over HTTP, on the sample season and its sessions.</summary>
public sealed class SchedulePageTests
{
    private FestivalWebFactory _factory = null!;
    private SampleSeason _season = null!;
    private SampleSchedule _schedule = null!;
    private WebSession _staff = null!;

    [OneTimeSetUp]
    public async Task StartHost()
    {
        _factory = new FestivalWebFactory();
        _season = await SampleSeason.CreateAsync(_factory.Services);
        _schedule = await SampleSchedule.CreateAsync(_factory.Services, _season);
        _staff = await _factory.SignedInAsync("schedule.staff@example.org", role: "FestivalStaff");
    }

    [OneTimeTearDown]
    public async Task StopHost()
    {
        _staff.Dispose();
        await _factory.DisposeAsync();
    }

    [Test]
    public async Task The_API_previews_then_commits_a_generated_schedule_and_answers_the_grid()
    {
        var preview = await _staff.PostJsonAsync("/api/admin/schedule/generate", new { commit = false });
        var commit = await _staff.PostJsonAsync("/api/admin/schedule/generate", new { commit = true });
        var grid = JsonDocument.Parse(await _staff.GetPageAsync("/api/admin/schedule")).RootElement;

        Assert.That(preview.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var report = JsonDocument.Parse(await commit.Content.ReadAsStringAsync()).RootElement;
        Assert.That((report.GetProperty("committed").GetBoolean(), report.GetProperty("hardViolations").GetInt32(), report.GetProperty("classesPlaced").GetInt32()),
            Is.EqualTo((true, 0, 4)));
        Assert.That(grid.GetProperty("sessions").EnumerateArray().Sum(s => s.GetProperty("classes").GetArrayLength()), Is.EqualTo(4));
        Assert.That(grid.GetProperty("unscheduled").GetArrayLength(), Is.Zero);
    }

    [Test]
    public async Task An_edit_with_a_blocking_conflict_answers_409_with_the_conflicts_and_an_unknown_season_404()
    {
        await _staff.PostJsonAsync("/api/admin/schedule/generate", new { commit = true });
        var grid = JsonDocument.Parse(await _staff.GetPageAsync("/api/admin/schedule")).RootElement;
        var piano = grid.GetProperty("sessions").EnumerateArray()
            .SelectMany(s => s.GetProperty("classes").EnumerateArray().Select(c => (Session: s.GetProperty("id").GetInt32(), Class: c)))
            .Single(c => c.Class.GetProperty("code").GetString() == "2105A");

        var move = await _staff.PostJsonAsync("/api/admin/schedule/move",
            new { classId = _season.Classes["2200"], part = 1, sessionId = piano.Session, start = piano.Class.GetProperty("start").GetString() });
        var season = await _staff.GetAsync("/api/admin/schedule?season=1999");

        Assert.That(move.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        var body = JsonDocument.Parse(await move.Content.ReadAsStringAsync()).RootElement;
        Assert.That(body.GetProperty("applied").GetBoolean(), Is.False);
        Assert.That(body.GetProperty("conflicts").EnumerateArray().Select(c => c.GetProperty("severity").GetString()), Does.Contain("Blocking"));
        Assert.That(season.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task The_schedule_page_generates_with_a_preview_and_shows_the_grid_and_conflicts()
    {
        var preview = await _staff.PostFormAsync("/Admin/Schedule?handler=Generate", new() { ["commit"] = "false" }, "/Admin/Schedule");
        var page = await _staff.GetPageAsync("/Admin/Schedule");

        Assert.That(preview.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await preview.Content.ReadAsStringAsync(), Does.Contain("Preview: nothing saved").And.Contain("id=\"hard-violations\">0<"));
        Assert.That(page, Does.Contain("id=\"schedule-grid\"").And.Contain("Town Hall · Hall A").And.Contain("Sat 6 Mar"));
        Assert.That(page, Does.Contain("id=\"conflicts-heading\""));
    }

    [Test]
    public async Task The_setup_page_adds_a_venue_and_lists_rooms_adjudicators_and_sessions()
    {
        var saved = await _staff.PostFormAsync("/Admin/Schedule/Setup?handler=Venue", new() { ["Input.Name"] = "Guild Hall", ["Input.Address"] = "Market Square" });
        var duplicate = await _staff.PostFormAsync("/Admin/Schedule/Setup?handler=Venue", new() { ["Input.Name"] = "Town Hall" });
        var page = await _staff.GetPageAsync("/Admin/Schedule/Setup");

        Assert.That(saved.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(await duplicate.Content.ReadAsStringAsync(), Does.Contain("A venue named &#x27;Town Hall&#x27; already exists."));
        Assert.That(page, Does.Contain("Guild Hall").And.Contain("Piano, Vocal, Strings").And.Contain("Paula Piano").And.Contain("10:30&#x2013;10:45"), "a typed dash is HTML-encoded");
        Assert.That(page, Does.Contain($"(#{_schedule.NaveSession})").Or.Contain($"<td>{_schedule.NaveSession}</td>"));
    }

    [Test]
    public async Task The_public_programme_appears_once_published_and_finds_performers_by_name()
    {
        using var visitor = _factory.Session();
        var before = await visitor.GetPageAsync("/Programme");
        await _staff.PostJsonAsync("/api/admin/schedule/generate", new { commit = true });
        var published = await _staff.PostJsonAsync("/api/admin/schedule/publish", new { @override = true });

        var programme = await visitor.GetPageAsync("/Programme");
        var ben = await visitor.GetPageAsync("/Programme?q=ben");

        Assert.That(before, Does.Contain("id=\"programme-unpublished\""));
        Assert.That(published.StatusCode, Is.EqualTo(HttpStatusCode.OK), await published.Content.ReadAsStringAsync());
        Assert.That(programme, Does.Contain("Saturday 6 March 2027").And.Contain("2105A Piano Solo, Grade 5, Baroque").And.Contain("Northside Choir"));
        Assert.That(programme, Does.Contain("Cara &lt;b&gt;Lee&lt;/b&gt;").And.Contain("Sonata in C (Mozart)"));
        Assert.That(ben, Does.Contain("Ben Jones").And.Not.Contain("Northside Choir"));
    }
}
