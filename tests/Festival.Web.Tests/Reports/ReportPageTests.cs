using System.IO.Compression;
using System.Net;
using System.Text.Json;
using Festival.Application.Audit;
using Microsoft.EntityFrameworkCore;

namespace Festival.Web.Tests.Reports;

/// <summary>The festival's report pages, downloads, edits and the report API over HTTP, on the hand-computed <see cref="SampleSeason"/>.</summary>
public sealed class ReportPageTests
{
    private FestivalWebFactory _factory = null!;
    private SampleSeason _season = null!;
    private WebSession _staff = null!;

    [OneTimeSetUp]
    public async Task StartHost()
    {
        _factory = new FestivalWebFactory();
        _season = await SampleSeason.CreateAsync(_factory.Services);
        _staff = await _factory.SignedInAsync("festival.staff@example.org", role: "FestivalStaff");
    }

    [OneTimeTearDown]
    public async Task StopHost()
    {
        _staff.Dispose();
        await _factory.DisposeAsync();
    }

    [Test]
    public async Task The_classes_page_shows_each_class_with_its_totals_and_the_totals_of_the_filter()
    {
        var page = await _staff.GetPageAsync("/Admin/Classes");
        var piano = await _staff.GetPageAsync("/Admin/Classes?discipline=Piano&sort=TotalSeconds&desc=true");

        Assert.That(page, Does.Contain("5 class(es) · 5 entries · fees 147.50 · time 44:30"));
        Assert.That(page, Does.Contain($"<a href=\"/Admin/Classes/{_season.Classes["2105A"]}\">2105A</a>"));
        Assert.That(piano, Does.Contain("2 class(es) · 3 entries · fees 77.50 · time 27:30"));
        Assert.That(piano.IndexOf(">2105A<", StringComparison.Ordinal), Is.LessThan(piano.IndexOf(">2200<", StringComparison.Ordinal)));
        Assert.That(piano, Does.Contain("aria-sort=\"descending\""));
    }

    [Test]
    public async Task The_people_page_shows_typed_names_HTML_encoded()
    {
        var page = await _staff.GetPageAsync("/Admin/People");

        Assert.That(page, Does.Contain("Cara &lt;b&gt;Lee&lt;/b&gt;").And.Not.Contain("<b>Lee</b>"));
        Assert.That(page, Does.Contain($"<a href=\"/Admin/People/{_season.People["Anna"]}\">Anna Smith</a>"));
    }

    [Test]
    public async Task The_season_dashboard_shows_the_figures_and_a_server_drawn_chart_per_discipline()
    {
        var page = await _staff.GetPageAsync("/Admin/Season");

        Assert.That(page, Does.Contain("id=\"season-fees-due\">147.50<").And.Contain("id=\"season-time\">44:30<").And.Contain("Festival does not take payments yet"));
        Assert.That(page, Does.Contain("<svg").And.Contain("Piano: 3 entries, 0.46 hours; Vocal: 2 entries, 0.28 hours"));
        Assert.That(page, Does.Not.Contain("<script>").And.Not.Contain("style=\""));
    }

    [Test]
    public async Task The_classes_report_downloads_as_CSV_with_formula_looking_text_quoted_and_as_XLSX_with_text_cells()
    {
        var csv = await _staff.GetAsync("/Admin/Classes?handler=Download&format=Csv");
        var repertoireCsv = await _staff.GetAsync("/Admin/Repertoire?handler=Download&format=Csv");
        var xlsx = await _staff.GetAsync("/Admin/Repertoire?handler=Download&format=Xlsx");

        Assert.That(csv.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/csv"));
        Assert.That(csv.Content.Headers.ContentDisposition?.FileName?.Trim('"'), Is.EqualTo("classes-2027.csv"));
        Assert.That(await csv.Content.ReadAsStringAsync(), Does.Contain("2105A,\"Piano Solo, Grade 5, Baroque\",Piano,Grade 5,Solo,2,25,47.5,1090,18:10"));
        Assert.That(await repertoireCsv.Content.ReadAsStringAsync(), Does.Contain("\"'=HYPERLINK(\"\"http://evil.example\"\")\""));
        Assert.That(xlsx.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        using var workbook = new ZipArchive(await xlsx.Content.ReadAsStreamAsync());
        using var sheet = new StreamReader(workbook.Entries.Single(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal)).Open());
        var xml = await sheet.ReadToEndAsync();
        Assert.That(xml, Does.Contain("=HYPERLINK(&quot;http://evil.example&quot;)").Or.Contain("=HYPERLINK(\"http://evil.example\")"));
        Assert.That(xml, Does.Not.Contain("<x:f>").And.Not.Contain("<f>"));
    }

    [Test]
    public async Task A_class_page_lists_its_entries_and_pieces_and_its_edit_form_changes_the_class_and_is_audited()
    {
        var id = _season.Classes["3001"];
        var url = $"/Admin/Classes/{id}";
        var before = await _staff.GetPageAsync($"/Admin/Classes/{_season.Classes["2105A"]}");

        var saved = await _staff.PostFormAsync(url, new()
        {
            ["Input.Name"] = "String Ensemble <Open>", ["Input.Discipline"] = "Strings", ["Input.Level"] = "Open", ["Input.Type"] = "5",
            ["Input.Fee"] = "45.50", ["Input.AdjudicationSecondsPerEntry"] = "300", ["Input.WarmUpSecondsPerEntry"] = "60",
        });
        var after = await _staff.GetPageAsync(url);
        var refused = await _staff.PostFormAsync(url, new()
        {
            ["Input.Name"] = "", ["Input.Type"] = "5", ["Input.Fee"] = "1", ["Input.AdjudicationSecondsPerEntry"] = "0", ["Input.WarmUpSecondsPerEntry"] = "0",
        });

        Assert.That(before, Does.Contain("2 entries · fees 47.50 · time 18:10").And.Contain("Sonata in C").And.Contain("Tess Teacher"));
        Assert.That(saved.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(after, Does.Contain("Saved: Name, Fee, WarmUp.").And.Contain("String Ensemble &lt;Open&gt;").And.Contain("fee 45.50"));
        Assert.That(await refused.Content.ReadAsStringAsync(), Does.Contain("Give the class a name."));
        await using var scope = _factory.Services.CreateAsyncScope();
        var audited = await scope.ServiceProvider.GetRequiredService<Festival.Infrastructure.Persistence.FestivalDbContext>()
            .AuditEvents.CountAsync(e => e.Type == AuditEventTypes.ClassUpdated && e.SubjectUserId == AuditSubjects.Class(id));
        Assert.That(audited, Is.EqualTo(1));
    }

    [Test]
    public async Task A_person_can_be_edited_and_another_record_merged_into_them_from_their_page()
    {
        var tess = _season.People["Tess"];
        var alex = _season.People["Alex"];
        var url = $"/Admin/People/{tess}";

        var edited = await _staff.PostFormAsync(url, new() { ["Input.Name"] = "Tess Teacher", ["Input.Email"] = "tess@example.org", ["Input.Roles"] = "Teacher" });
        var merged = await _staff.PostFormAsync($"{url}?handler=Merge", new() { ["mergeId"] = alex.ToString(System.Globalization.CultureInfo.InvariantCulture) }, formUrl: url);

        Assert.That(edited.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(merged.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var page = await _staff.GetPageAsync(url);
        Assert.That(page, Does.Contain("Merged Alex Accompanist (#" + alex + ") into this record: 3 entries"));
        Assert.That(page, Does.Contain("tess@example.org").And.Contain("Teacher, Accompanist"));
        Assert.That((await _staff.GetAsync($"/Admin/People/{alex}")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task A_piece_can_be_edited_from_its_page()
    {
        var url = $"/Admin/Repertoire/{_season.Pieces["Song"]}";

        var saved = await _staff.PostFormAsync(url, new() { ["Input.Title"] = "The Ash Grove", ["Input.Composer"] = "Trad.", ["Input.DurationSeconds"] = "185" });

        Assert.That(saved.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(await _staff.GetPageAsync(url), Does.Contain("Trad. · 3:05").And.Contain("Cara &lt;b&gt;Lee&lt;/b&gt;"));
    }

    [Test]
    public async Task The_report_API_answers_JSON_for_the_current_or_a_named_season_and_404_for_an_unknown_one()
    {
        var classes = await Json(await _staff.GetAsync("/api/admin/reports/classes?discipline=Vocal"));
        var season = await Json(await _staff.GetAsync("/api/admin/reports/season?season=2026"));
        var unknown = await _staff.GetAsync("/api/admin/reports/people?season=1999");

        var first = classes.GetProperty("classes").GetProperty("items")[0];
        Assert.That((first.GetProperty("class").GetString(), first.GetProperty("type").GetString(), first.GetProperty("totalSeconds").GetInt64()), Is.EqualTo(("1010", "Solo", 360L)));
        Assert.That(classes.GetProperty("totals").GetProperty("entries").GetInt32(), Is.EqualTo(2));
        Assert.That(season.GetProperty("feesDue").GetDecimal(), Is.EqualTo(99m));
        Assert.That(unknown.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(unknown.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
    }

    [Test]
    public async Task The_OpenAPI_document_describes_the_report_API()
    {
        var document = await Json(await _staff.GetAsync("/openapi/v1.json"));
        var paths = document.GetProperty("paths");

        foreach (var path in new[] { "/api/admin/reports/classes", "/api/admin/reports/people", "/api/admin/reports/repertoire", "/api/admin/reports/season" })
        {
            Assert.That(paths.TryGetProperty(path, out _), Is.True, path);
        }
    }

    [Test]
    public async Task Festival_staff_see_the_Festival_link_in_the_navbar_and_plain_users_do_not()
    {
        using var plain = await _factory.SignedInAsync("plain.reports@example.org");

        Assert.That(await _staff.GetPageAsync("/Dashboard"), Does.Contain("href=\"/Admin/Season\""));
        Assert.That(await plain.GetPageAsync("/Dashboard"), Does.Not.Contain("href=\"/Admin/Season\""));
    }

    private static async Task<JsonElement> Json(HttpResponseMessage response)
    {
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }
}
