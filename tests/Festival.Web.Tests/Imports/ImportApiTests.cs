using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using static Festival.Web.Tests.Imports.ImportFixture;

namespace Festival.Web.Tests.Imports;

/// <summary>/api/admin/imports: upload, look again, commit once, and the problems in between.</summary>
public sealed class ImportApiTests
{
    private FestivalWebFactory _app = null!;
    private WebSession _admin = null!;

    [OneTimeSetUp]
    public async Task StartHost()
    {
        _app = new FestivalWebFactory();
        _admin = await _app.SignedInAsync("api.importer@example.org", admin: true);
    }

    [OneTimeTearDown]
    public async Task StopHost()
    {
        _admin.Dispose();
        await _app.DisposeAsync();
    }

    private static async Task<JsonElement> Json(HttpResponseMessage response) => await response.Content.ReadFromJsonAsync<JsonElement>();

    [Test]
    public async Task A_file_is_uploaded_previewed_and_committed_once_and_a_second_commit_is_a_conflict()
    {
        var season = await SeasonAsync(_app, "api-flow");

        var upload = await _admin.PostFileWithoutPageAsync("/api/admin/imports/syllabus", new() { ["season"] = season }, "file", Syllabus, "syllabus.csv");
        var preview = await Json(upload);
        var id = preview.GetProperty("previewId").GetString();
        var fingerprint = preview.GetProperty("fingerprint").GetString();
        var again = await Json(await _admin.GetAsync($"/api/admin/imports/{id}"));
        var classesBeforeCommit = await ClassesAsync(_app, season);
        var commit = await _admin.PostJsonAsync($"/api/admin/imports/{id}/commit", new { fingerprint });
        var second = await _admin.PostJsonAsync($"/api/admin/imports/{id}/commit", new { fingerprint });

        Assert.That(upload.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(preview.GetProperty("counts")[0].GetRawText(), Is.EqualTo("""{"records":"Classes","created":3,"updated":0,"unchanged":0}"""));
        Assert.That(preview.GetProperty("unknownColumns")[0].GetString(), Is.EqualTo("Colour"));
        Assert.That(preview.GetProperty("issues").GetArrayLength(), Is.Zero);
        Assert.That(preview.GetProperty("rejectedRows").GetArrayLength(), Is.Zero);
        Assert.That(again.GetProperty("fingerprint").GetString(), Is.EqualTo(fingerprint));
        Assert.That(classesBeforeCommit, Is.Zero);
        Assert.That(commit.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await Json(commit)).GetProperty("committed").GetBoolean(), Is.True);
        Assert.That(await ClassesAsync(_app, season), Is.EqualTo(3));
        Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That((await Json(second)).GetProperty("code").GetString(), Is.EqualTo("import_already_committed"));
        Assert.That((await Json(await _admin.GetAsync($"/api/admin/imports/{id}"))).GetProperty("committed").GetBoolean(), Is.True);
    }

    [Test]
    public async Task Rejected_rows_and_issues_are_in_the_preview()
    {
        var season = await SeasonAsync(_app, "api-issues");
        var syllabus = await StageSyllabusAsync(_app, season);
        await _admin.PostJsonAsync($"/api/admin/imports/{syllabus.Id}/commit", new { fingerprint = syllabus.Plan.Fingerprint });

        var preview = await Json(await _admin.PostFileWithoutPageAsync("/api/admin/imports/entries", new() { ["season"] = season }, "file", ImportFixture.Entries, "entries.csv"));

        Assert.That(preview.GetProperty("rejectedRows").EnumerateArray().Select(r => r.GetInt32()), Is.EqualTo(new[] { 3 }));
        var issue = preview.GetProperty("issues").EnumerateArray().Single(i => i.GetProperty("severity").GetString() == "error");
        Assert.That((issue.GetProperty("row").GetInt32(), issue.GetProperty("value").GetString()), Is.EqualTo((3, "9999")));
    }

    [Test]
    public async Task A_commit_whose_plan_changed_is_a_conflict_and_writes_nothing_more()
    {
        var season = await SeasonAsync(_app, "api-changed");
        var first = await StageSyllabusAsync(_app, season);
        var second = await StageSyllabusAsync(_app, season);
        await _admin.PostJsonAsync($"/api/admin/imports/{second.Id}/commit", new { fingerprint = second.Plan.Fingerprint });

        var stale = await _admin.PostJsonAsync($"/api/admin/imports/{first.Id}/commit", new { fingerprint = first.Plan.Fingerprint });

        Assert.That(stale.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That((await Json(stale)).GetProperty("code").GetString(), Is.EqualTo("import_plan_changed"));
        Assert.That(await ClassesAsync(_app, season), Is.EqualTo(3));
    }

    [Test]
    public async Task An_unreadable_or_missing_file_is_a_400_with_the_reason_under_file_and_nothing_is_stored()
    {
        var season = await SeasonAsync(_app, "api-garbage");
        var uploads = await UploadsAsync(_app);

        var garbage = await _admin.PostFileWithoutPageAsync("/api/admin/imports/syllabus", new() { ["season"] = season }, "file", Garbage, "classes.bin");
        var noFile = await _admin.PostFileWithoutPageAsync("/api/admin/imports/syllabus", new() { ["season"] = season }, "upload", Syllabus, "syllabus.csv");
        var json = await _admin.PostJsonAsync("/api/admin/imports/syllabus", new { season });
        var unknownKind = await _admin.PostFileWithoutPageAsync("/api/admin/imports/invoices", new(), "file", Syllabus, "syllabus.csv");

        Assert.That(garbage.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(garbage.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        Assert.That((await Json(garbage)).GetProperty("errors").GetProperty("file")[0].GetString(), Does.StartWith("classes.bin is not a CSV, XLSX or PDF file."));
        Assert.That(noFile.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await Json(noFile)).GetProperty("errors").TryGetProperty("file", out _), Is.True);
        Assert.That(json.StatusCode, Is.EqualTo(HttpStatusCode.UnsupportedMediaType));
        Assert.That(unknownKind.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(await UploadsAsync(_app), Is.EqualTo(uploads));
    }

    [Test]
    public async Task Unknown_previews_are_404()
    {
        var id = Guid.NewGuid();

        var get = await _admin.GetAsync($"/api/admin/imports/{id}");
        var commit = await _admin.PostJsonAsync($"/api/admin/imports/{id}/commit", new { fingerprint = "ABC" });

        Assert.That(get.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(commit.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That((await Json(commit)).GetProperty("code").GetString(), Is.EqualTo("import_preview_not_found"));
    }

    [Test]
    public async Task A_plain_user_is_refused_with_403_and_the_upload_is_in_the_OpenAPI_document()
    {
        using var user = await _app.SignedInAsync("plain.api.importer@example.org");

        var upload = await user.PostFileWithoutPageAsync("/api/admin/imports/syllabus", new(), "file", Syllabus, "syllabus.csv");
        var openApi = await _admin.GetPageAsync("/openapi/v1.json");

        Assert.That(upload.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(openApi, Does.Contain("\"/api/admin/imports/{kind}\"").And.Contain("\"/api/admin/imports/{id}/commit\""));
    }

    [Test]
    public async Task Uploads_may_exceed_the_1_MiB_body_limit_that_other_endpoints_keep()
    {
        var season = await SeasonAsync(_app, "api-large");
        var padding = new string('x', 1000);
        var rows = string.Concat(Enumerable.Range(0, 2500).Select(i => $"{i + 1000},Class {i},Solo,15,,{padding}\n"));
        var large = System.Text.Encoding.UTF8.GetBytes("Class,Name,Type,Fee,MaxAge,Colour\n" + rows);
        Assert.That(large.Length, Is.GreaterThan(2 * 1024 * 1024));

        var upload = await _admin.PostFileWithoutPageAsync("/api/admin/imports/syllabus", new() { ["season"] = season }, "file", large, "large.csv");
        var commitTooLarge = await _admin.PostRawJsonAsync($"/api/admin/imports/{Guid.NewGuid()}/commit",
            $$"""{"fingerprint":"{{new string('A', 2 * 1024 * 1024)}}"}""");

        Assert.That(upload.StatusCode, Is.EqualTo(HttpStatusCode.OK), await upload.Content.ReadAsStringAsync());
        Assert.That(commitTooLarge.StatusCode, Is.EqualTo(HttpStatusCode.RequestEntityTooLarge));
    }
}
