using System.Net;
using System.Text.RegularExpressions;
using Festival.Application.Imports.Staging;
using static Festival.Web.Tests.Imports.ImportFixture;

namespace Festival.Web.Tests.Imports;

/// <summary>/Admin/Imports over HTTP as an admin: upload, preview, download the rejected rows, commit.</summary>
public sealed partial class ImportPageTests
{
    private FestivalWebFactory _app = null!;
    private WebSession _admin = null!;

    [OneTimeSetUp]
    public async Task StartHost()
    {
        _app = new FestivalWebFactory();
        _admin = await _app.SignedInAsync("importer@example.org", admin: true);
    }

    [OneTimeTearDown]
    public async Task StopHost()
    {
        _admin.Dispose();
        await _app.DisposeAsync();
    }

    private Task<HttpResponseMessage> UploadAsync(string kind, string season, byte[] file, string fileName) =>
        _admin.PostFileAsync("/Admin/Imports", new() { ["Input.Kind"] = kind, ["Input.Season"] = season }, "Input.File", file, fileName);

    private static string Fingerprint(string page) => WebUtility.HtmlDecode(FingerprintField().Match(page).Groups[1].Value);

    [Test]
    public async Task An_admin_uploads_a_syllabus_sees_what_it_would_do_and_commits_it()
    {
        var season = await SeasonAsync(_app, "page-commit");

        var form = await _admin.GetPageAsync("/Admin/Imports");
        var upload = await UploadAsync("Syllabus", season, Syllabus, "syllabus.csv");
        var location = upload.Headers.Location?.OriginalString ?? string.Empty;
        var preview = await _admin.GetPageAsync(location);
        var classesBeforeCommit = await ClassesAsync(_app, season);
        var committed = await _admin.PostFormAsync($"{location}?handler=Commit", new() { ["fingerprint"] = Fingerprint(preview) }, formUrl: location);
        var afterCommit = await committed.Content.ReadAsStringAsync();

        Assert.That(form, Does.Contain("<a class=\"nav-link\" href=\"/Admin/Imports\">Import</a>"));
        Assert.That(form, Does.Contain("enctype=\"multipart/form-data\"").And.Contain("<label class=\"form-label\" for=\"Input_File\">File</label>"));
        Assert.That(upload.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(location, Does.Match("^/Admin/Imports/[0-9a-f-]{36}$"));
        Assert.That(preview, Does.Contain("<th scope=\"row\">Classes</th>").And.Contain("<td class=\"text-end\">3</td>"));
        Assert.That(preview, Does.Contain("<li><code>Colour</code></li>"), "the unknown column is listed as ignored");
        Assert.That(preview, Does.Contain("No issues: every row can be imported."));
        Assert.That(classesBeforeCommit, Is.Zero, "a preview writes nothing");
        Assert.That(committed.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(afterCommit, Does.Contain("id=\"import-committed\"").And.Contain("<li>Classes: 3 created, 0 updated, 0 unchanged</li>"));
        Assert.That(afterCommit, Does.Not.Contain(">Commit</button>"));
        Assert.That(await ClassesAsync(_app, season), Is.EqualTo(3));
    }

    [Test]
    public async Task Rows_with_errors_are_shown_with_badges_and_downloadable_as_CSV_and_XLSX()
    {
        var season = await SeasonAsync(_app, "page-rejected");
        var syllabus = await StageSyllabusAsync(_app, season);
        Assert.That((await Send(_app, new CommitImportCommand(syllabus.Id, syllabus.Plan.Fingerprint))).Succeeded, Is.True);

        var upload = await UploadAsync("Entries", season, ImportFixture.Entries, "entries.csv");
        var location = upload.Headers.Location!.OriginalString;
        var preview = await _admin.GetPageAsync(location);
        var csv = await _admin.GetAsync($"{location}?handler=Rejected&format=csv");
        var xlsx = await _admin.GetAsync($"{location}?handler=Rejected&format=xlsx");
        var unknownFormat = await _admin.GetAsync($"{location}?handler=Rejected&format=pdf");

        Assert.That(preview, Does.Contain("<span class=\"badge text-bg-danger\">Error</span>").And.Contain("<code>9999</code>"));
        Assert.That(preview, Does.Contain("1 rejected row(s)").And.Contain("format=csv&amp;handler=Rejected").And.Contain("format=xlsx&amp;handler=Rejected"));
        Assert.That(csv.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/csv"));
        var rejected = await csv.Content.ReadAsStringAsync();
        Assert.That(rejected, Does.Contain("Problem").And.Contain("9999,Cy Ruiz").And.Not.Contain("Ana Ruiz"));
        Assert.That(xlsx.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(xlsx.Content.Headers.ContentDisposition?.FileName?.Trim('"'), Is.EqualTo("entries-rejected.xlsx"));
        Assert.That((await xlsx.Content.ReadAsByteArrayAsync())[..2], Is.EqualTo("PK"u8.ToArray()), "an XLSX is a zip file");
        Assert.That(unknownFormat.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task A_file_that_cannot_be_read_is_refused_with_a_clear_message_and_nothing_is_stored()
    {
        var season = await SeasonAsync(_app, "page-garbage");
        var uploads = await UploadsAsync(_app);

        var response = await UploadAsync("Syllabus", season, Garbage, "classes.bin");
        var page = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(page, Does.Contain("classes.bin is not a CSV, XLSX or PDF file."));
        Assert.That(await UploadsAsync(_app), Is.EqualTo(uploads));
        Assert.That(await ClassesAsync(_app, season), Is.Zero);
    }

    [Test]
    public async Task Committing_a_preview_whose_data_changed_meanwhile_shows_why_and_the_fresh_preview()
    {
        var season = await SeasonAsync(_app, "page-changed");
        var first = await StageSyllabusAsync(_app, season);
        var second = await StageSyllabusAsync(_app, season);
        var location = $"/Admin/Imports/{first.Id}";
        var preview = await _admin.GetPageAsync(location);
        Assert.That((await Send(_app, new CommitImportCommand(second.Id, second.Plan.Fingerprint))).Succeeded, Is.True);

        var response = await _admin.PostFormAsync($"{location}?handler=Commit", new() { ["fingerprint"] = Fingerprint(preview) }, formUrl: location);
        var page = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(page, Does.Contain("The festival&#x27;s data changed since this preview"));
        Assert.That(page, Does.Contain("<td class=\"text-end\">0</td>").And.Contain(">Commit</button>"), "the fresh preview: nothing left to create");
        Assert.That(Fingerprint(page), Is.Not.EqualTo(Fingerprint(preview)));
        Assert.That(await ClassesAsync(_app, season), Is.EqualTo(3));
    }

    [Test]
    public async Task An_unknown_preview_is_not_found()
    {
        var response = await _admin.GetAsync($"/Admin/Imports/{Guid.NewGuid()}");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task A_plain_user_is_refused_the_import_pages()
    {
        using var user = await _app.SignedInAsync("plain.importer@example.org");
        var staged = await StageSyllabusAsync(_app, await SeasonAsync(_app, "page-refused"));

        var form = await user.GetAsync("/Admin/Imports");
        var preview = await user.GetAsync($"/Admin/Imports/{staged.Id}");
        var commit = await user.PostFormWithoutPageAsync($"/Admin/Imports/{staged.Id}?handler=Commit", new() { ["fingerprint"] = staged.Plan.Fingerprint });

        foreach (var response in new[] { form, preview, commit })
        {
            Assert.That(response.Headers.Location?.AbsolutePath, Is.EqualTo("/Account/AccessDenied"));
        }

        Assert.That((await Send(_app, new GetStagedImportQuery(staged.Id))).Value.Committed, Is.False);
    }

    [GeneratedRegex("name=\"fingerprint\" value=\"([^\"]+)\"")]
    private static partial Regex FingerprintField();
}
