using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Festival.Testing.Scheduling;
using UglyToad.PdfPig;

namespace Festival.Web.Tests.Scheduling;

/// <summary>
/// The printed schedule and the schedule's reports over HTTP: the public programme PDF only once published, the staff
/// draft and the API export at any time, sheets per session for staff, and the hours, unscheduled and conflicts downloads.
/// </summary>
public sealed class ScheduleDocumentWebTests
{
    private FestivalWebFactory _factory = null!;
    private SampleSchedule _schedule = null!;
    private WebSession _staff = null!;

    [OneTimeSetUp]
    public async Task StartHost()
    {
        _factory = new FestivalWebFactory();
        var season = await SampleSeason.CreateAsync(_factory.Services);
        _schedule = await SampleSchedule.CreateAsync(_factory.Services, season);
        _staff = await _factory.SignedInAsync("documents.staff@example.org", role: "FestivalStaff");
        var generated = await _staff.PostJsonAsync("/api/admin/schedule/generate", new { commit = true });
        Assert.That(generated.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [OneTimeTearDown]
    public async Task StopHost()
    {
        _staff.Dispose();
        await _factory.DisposeAsync();
    }

    private static async Task<string> PdfTextAsync(HttpResponseMessage response)
    {
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/pdf"));
        using var document = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        return string.Join("\n", document.GetPages().Select(p => p.Text));
    }

    [Test]
    public async Task The_public_programme_PDF_appears_only_once_published_while_staff_print_the_draft_before()
    {
        using var visitor = _factory.Session();
        using var plain = await _factory.SignedInAsync("documents.plain@example.org");

        var before = await visitor.GetAsync("/Programme?handler=Pdf");
        var draft = await PdfTextAsync(await _staff.GetAsync("/Admin/Schedule?handler=Programme"));
        var api = await PdfTextAsync(await _staff.GetAsync("/api/admin/schedule/export?format=pdf"));
        var plainDraft = await plain.GetAsync("/Admin/Schedule?handler=Programme");
        var anonymousApi = await visitor.GetAsync("/api/admin/schedule/export?format=pdf");
        var page = await _staff.GetPageAsync("/Admin/Schedule");
        Assert.That((await _staff.PostJsonAsync("/api/admin/schedule/publish", new { @override = true })).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var published = await PdfTextAsync(await visitor.GetAsync("/Programme?handler=Pdf&season=2027"));
        var programmePage = await visitor.GetPageAsync("/Programme");

        Assert.That(before.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(draft, Does.Contain("draft (not published)").And.Contain("Saturday 6 March 2027").And.Contain("2105A Piano Solo, Grade 5, Baroque"));
        Assert.That(api, Does.Contain("draft (not published)").And.Contain("2105A"));
        Assert.That(plainDraft.Headers.Location?.AbsolutePath, Is.EqualTo("/Account/AccessDenied"));
        Assert.That(anonymousApi.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(page, Does.Contain("id=\"programme-draft-pdf\"").And.Contain($"handler=Sheets&amp;sessionId={_schedule.TemplateSessions[0]}"));
        Assert.That(published, Does.Contain("version 1").And.Contain("Saturday 6 March 2027").And.Contain("Town Hall").And.Contain("Paula Piano")
            .And.Contain("Cara <b>Lee</b>").And.Contain("Sonata in C (Mozart)").And.Contain("Northside Choir"));
        Assert.That(programmePage, Does.Contain("id=\"programme-pdf\""));
    }

    [Test]
    public async Task Staff_download_a_session_s_sheets_and_an_unknown_session_is_not_found()
    {
        var sessions = await _staff.GetPageAsync("/api/admin/schedule");
        var session = System.Text.Json.JsonDocument.Parse(sessions).RootElement.GetProperty("sessions").EnumerateArray()
            .First(s => s.GetProperty("classes").GetArrayLength() > 0);
        var entries = session.GetProperty("classes").EnumerateArray().Sum(c => c.GetProperty("entries").GetArrayLength());

        var response = await _staff.GetAsync($"/Admin/Schedule?handler=Sheets&sessionId={session.GetProperty("id").GetInt32()}");
        var unknown = await _staff.GetAsync("/Admin/Schedule?handler=Sheets&sessionId=99999");

        var text = await PdfTextAsync(response);
        Assert.That(text, Does.Contain("Adjudicator's sheet, season 2027").And.Contain("Mark:").And.Contain("Comments"));
        using (var document = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync()))
        {
            Assert.That(document.NumberOfPages, Is.EqualTo(entries));
        }

        Assert.That(unknown.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task The_schedule_page_shows_hours_per_day_and_downloads_hours_unscheduled_and_conflicts()
    {
        var page = await _staff.GetPageAsync("/Admin/Schedule");
        var hours = await _staff.GetAsync("/Admin/Schedule?handler=Download&report=Hours&format=Csv");
        var xlsx = await _staff.GetAsync("/Admin/Schedule?handler=Download&report=Hours&format=Xlsx");
        var unscheduled = await _staff.GetAsync("/Admin/Schedule?handler=Download&report=Unscheduled&format=Csv");
        var conflicts = await _staff.GetAsync("/Admin/Schedule?handler=Download&report=Conflicts&format=Csv");

        Assert.That(page, Does.Contain("id=\"schedule-hours\"").And.Contain("data-day-total=\"2027-03-06\"").And.Contain("report=Hours&amp;format=Csv"));
        Assert.That(hours.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/csv"));
        var csv = await hours.Content.ReadAsStringAsync();
        Assert.That(csv, Does.Contain("Date,Venue,Room,Sessions,Session hours,Class hours,Fill %").And.Contain("2027-03-06,Town Hall,Hall A,2,").And.Contain("2027-03-06,Total,,5,"));
        Assert.That(xlsx.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        Assert.That(await unscheduled.Content.ReadAsStringAsync(), Does.StartWith("Class id,Class,Name,Entries").Or.Contain("Class id,Class,Name,Entries"));
        Assert.That(await conflicts.Content.ReadAsStringAsync(), Does.Contain("Severity,Kind,Classes,Session,People,Message"));
    }

    [Test]
    public async Task The_grid_draws_each_session_and_class_as_a_block_as_tall_as_its_minutes()
    {
        var schedule = System.Text.Json.JsonDocument.Parse(await _staff.GetPageAsync("/api/admin/schedule")).RootElement;
        var page = await _staff.GetPageAsync("/Admin/Schedule");

        var classes = schedule.GetProperty("sessions").EnumerateArray().SelectMany(s => s.GetProperty("classes").EnumerateArray()).ToList();
        Assert.That(classes, Is.Not.Empty);
        foreach (var c in classes)
        {
            var minutes = (TimeOnly.Parse(c.GetProperty("end").GetString()!, CultureInfo.InvariantCulture) - TimeOnly.Parse(c.GetProperty("start").GetString()!, CultureInfo.InvariantCulture)).TotalMinutes;
            var block = Regex.Match(page, $"class=\"schedule-class[^\"]*\" data-class=\"{c.GetProperty("classId").GetInt32()}\">\\s*<rect [^>]*height=\"(\\d+)\"");
            Assert.That(block.Success, Is.True, c.GetProperty("code").GetString());
            Assert.That(int.Parse(block.Groups[1].Value, CultureInfo.InvariantCulture), Is.EqualTo((int)minutes), c.GetProperty("code").GetString());
        }

        var nave = Regex.Match(page, $"<rect class=\"timeline-session\" data-session=\"{_schedule.NaveSession}\"[^>]*height=\"(\\d+)\"");
        Assert.That(nave.Groups[1].Value, Is.EqualTo("180"), "09:00–12:00");
        Assert.That(page, Does.Contain("class=\"timeline-break\"").And.Contain("id=\"schedule-grid\""));
    }
}
