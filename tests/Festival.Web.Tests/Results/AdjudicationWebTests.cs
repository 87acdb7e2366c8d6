using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Festival.Application.Audit;
using Festival.Application.Email;
using Festival.Application.Results.Documents;
using Festival.Infrastructure.Outbox;
using Festival.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Festival.Web.Tests.Results;

/// <summary>
/// Adjudication over HTTP on the sample season's two sessions: the adjudicator's pages and API reach only their own
/// session, saves are idempotent by version, submission locks the adjudicator out, staff change and publish, and
/// families, teachers and the public see what is theirs to see.
/// </summary>
public sealed class AdjudicationWebTests
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    private FestivalWebFactory _factory = null!;
    private SampleSeason _season = null!;
    private ResultsSample _sample = null!;
    private WebSession _judge = null!;
    private WebSession _otherJudge = null!;

    [SetUp]
    public async Task StartHost()
    {
        _factory = new FestivalWebFactory();
        _season = await SampleSeason.CreateAsync(_factory.Services);
        _judge = await _factory.SignedInAsync("jo.judge@example.org", role: "Adjudicator");
        _otherJudge = await _factory.SignedInAsync("max.marker@example.org", role: "Adjudicator");
        _sample = await ResultsSample.CreateAsync(_factory.Services, _season, await UserIdAsync("jo.judge@example.org"), await UserIdAsync("max.marker@example.org"));
    }

    [TearDown]
    public async Task StopHost()
    {
        _judge.Dispose();
        _otherJudge.Dispose();
        await _factory.DisposeAsync();
    }

    private async Task<string> UserIdAsync(string email)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<FestivalDbContext>().Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
    }

    private async Task<T> Db<T>(Func<FestivalDbContext, Task<T>> work)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<FestivalDbContext>());
    }

    private static async Task<JsonElement> JsonOf(HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(expected), text);
        return JsonDocument.Parse(text.Length == 0 ? "{}" : text).RootElement.Clone();
    }

    private static Task<HttpResponseMessage> Save(WebSession session, int entryId, long version, string? mark, string? comments, string api = "/api/adjudicate") =>
        session.Client.PutAsJsonAsync(new Uri($"{api}/results/{entryId}", UriKind.Relative), new { version, mark, comments });

    private int Anna => _sample.Entries["2105A Anna"];

    [Test]
    public async Task The_session_page_lists_classes_in_order_with_performers_and_pieces_and_shows_typed_HTML_encoded()
    {
        await JsonOf(await Save(_judge, Anna, 1, "88", "<script>alert('x')</script> Lovely"), HttpStatusCode.OK);

        var page = await _judge.GetPageAsync($"/Adjudicate/Session/{_sample.SessionId}");

        Assert.That(page.IndexOf("Class 2105A", StringComparison.Ordinal), Is.LessThan(page.IndexOf("Class 2200", StringComparison.Ordinal)));
        Assert.That(page, Does.Contain("Anna Smith").And.Contain("Ben Jones").And.Contain("Sonata in C — Mozart").And.Contain("Cara &lt;b&gt;Lee&lt;/b&gt;"));
        Assert.That(page, Does.Contain("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; Lovely").And.Not.Contain("<script>alert"));
        Assert.That(page, Does.Contain("/js/adjudicate.js").And.Contain($"data-endpoint=\"/api/adjudicate/results/{Anna}\""));
        Assert.That(await _judge.GetPageAsync("/Adjudicate"), Does.Contain($"/Adjudicate/Session/{_sample.SessionId}").And.Not.Contain($"/Adjudicate/Session/{_sample.OtherSessionId}\""));
    }

    [Test]
    public async Task Another_adjudicator_s_session_and_entries_are_not_found_on_pages_and_API()
    {
        Assert.That((await _otherJudge.GetAsync($"/Adjudicate/Session/{_sample.SessionId}")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That((await _otherJudge.GetAsync($"/api/adjudicate/sessions/{_sample.SessionId}")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That((await Save(_otherJudge, Anna, 1, "70", "not mine")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That((await _otherJudge.PostJsonAsync($"/api/adjudicate/sessions/{_sample.SessionId}/submit", new { })).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(await Db(db => db.EntryResults.CountAsync()), Is.Zero);
        Assert.That((await _otherJudge.GetAsync($"/api/adjudicate/sessions/{_sample.OtherSessionId}")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task An_adjudicator_prints_the_sheets_of_their_own_session_only_a_page_per_entry_in_performance_order()
    {
        using var staff = await _factory.SignedInAsync("sheets.staff@example.org", role: "FestivalStaff");
        using var anonymous = _factory.Session();

        var own = await _judge.GetAsync($"/Adjudicate/Session/{_sample.SessionId}?handler=Pdf");
        var others = await _otherJudge.GetAsync($"/Adjudicate/Session/{_sample.SessionId}?handler=Pdf");
        var asStaff = await staff.GetAsync($"/Admin/Results/Session/{_sample.SessionId}?handler=Pdf");
        var staffOnAdjudicatorPage = await staff.GetAsync($"/Adjudicate/Session/{_sample.SessionId}?handler=Pdf");
        var asAnonymous = await anonymous.GetAsync($"/Adjudicate/Session/{_sample.SessionId}?handler=Pdf");

        Assert.That(own.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(own.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/pdf"));
        using (var document = UglyToad.PdfPig.PdfDocument.Open(await own.Content.ReadAsByteArrayAsync()))
        {
            var pages = document.GetPages().Select(p => p.Text).ToArray();
            Assert.That(pages, Has.Length.EqualTo(3), "2105A Anna, 2105A Ben, 2200 Anna & Cara");
            Assert.That(pages[0], Does.Contain("Class 2105A").And.Contain("Performers: Anna Smith").And.Contain("Sonata in C").And.Contain("Mozart").And.Contain("Adjudicator: Jo Judge"));
            Assert.That(pages[1], Does.Contain("Performers: Ben Jones"));
            Assert.That(pages[2], Does.Contain("Class 2200").And.Contain("Cara <b>Lee</b>"));
        }

        Assert.That(others.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(asStaff.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(staffOnAdjudicatorPage.Headers.Location?.AbsolutePath, Is.EqualTo("/Account/AccessDenied"));
        Assert.That(asAnonymous.Headers.Location?.AbsolutePath, Is.EqualTo("/Account/Login"));
        Assert.That(await _judge.GetPageAsync($"/Adjudicate/Session/{_sample.SessionId}"), Does.Contain("id=\"session-sheets-pdf\""));
    }

    [Test]
    public async Task Plain_users_and_festival_staff_cannot_use_the_adjudicator_pages_and_API_and_anonymous_visitors_sign_in_first()
    {
        using var plain = await _factory.SignedInAsync("plain.results@example.org");
        using var anonymous = _factory.Session();

        Assert.That((await plain.GetAsync("/Adjudicate")).Headers.Location?.AbsolutePath, Is.EqualTo("/Account/AccessDenied"));
        Assert.That((await plain.GetAsync("/api/adjudicate/sessions")).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That((await Save(plain, Anna, 1, "70", null)).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That((await anonymous.GetAsync($"/Adjudicate/Session/{_sample.SessionId}")).Headers.Location?.AbsolutePath, Is.EqualTo("/Account/Login"));
        Assert.That((await Save(anonymous, Anna, 1, "70", null)).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task Saves_keep_the_highest_version_a_replay_is_a_no_op_and_an_older_one_is_reported_stale()
    {
        var first = await JsonOf(await Save(_judge, Anna, 1, "80", "Good"), HttpStatusCode.OK);
        var third = await JsonOf(await Save(_judge, Anna, 3, "92", "Good, then great"), HttpStatusCode.OK);
        var replay = await JsonOf(await Save(_judge, Anna, 3, "92", "Good, then great"), HttpStatusCode.OK);
        var late = await JsonOf(await Save(_judge, Anna, 2, "85", "Good, then"), HttpStatusCode.Conflict);
        var offScale = await JsonOf(await Save(_judge, Anna, 4, "101", "x"), HttpStatusCode.BadRequest);

        Assert.That(first.GetProperty("outcome").GetString(), Is.EqualTo("Applied"));
        Assert.That((third.GetProperty("version").GetInt64(), third.GetProperty("band").GetString()), Is.EqualTo((3L, "Gold")));
        Assert.That(replay.GetProperty("outcome").GetString(), Is.EqualTo("Duplicate"));
        Assert.That(late.GetProperty("code").GetString(), Is.EqualTo("stale_version"));
        Assert.That(offScale.GetProperty("errors").GetProperty("mark")[0].GetString(), Does.Contain("101 is outside this festival's scale"));
        var kept = await Db(db => db.EntryResults.Where(r => r.EntryId == Anna).ToListAsync());
        Assert.That(kept.Select(r => (r.Version, r.Mark, r.Comments)), Is.EqualTo(new[] { (3L, "92", "Good, then great") }));
    }

    [Test]
    public async Task Two_staff_editing_one_result_from_the_same_version_one_is_applied_and_the_other_told_it_changed()
    {
        await JsonOf(await Save(_judge, Anna, 1, "80", "Judge's words"), HttpStatusCode.OK);
        using var alice = await _factory.SignedInAsync("alice.staff@example.org", role: "FestivalStaff");
        using var bob = await _factory.SignedInAsync("bob.staff@example.org", role: "FestivalStaff");

        var answers = await Task.WhenAll(
            Save(alice, Anna, 2, "81", "Alice's fix", "/api/admin/results"),
            Save(bob, Anna, 2, "79", "Bob's fix", "/api/admin/results"));

        Assert.That(answers.Select(a => a.StatusCode), Is.EquivalentTo(new[] { HttpStatusCode.OK, HttpStatusCode.Conflict }));
        var kept = await Db(db => db.EntryResults.SingleAsync(r => r.EntryId == Anna));
        Assert.That(kept.Comments, Is.AnyOf("Alice's fix", "Bob's fix"));
        Assert.That(kept.Version, Is.EqualTo(2));
    }

    private async Task MarkSessionAsync()
    {
        await JsonOf(await Save(_judge, Anna, 1, "91", "Poised <b>and</b> clear"), HttpStatusCode.OK);
        await JsonOf(await Save(_judge, _sample.Entries["2105A Ben"], 1, "84", "Steady"), HttpStatusCode.OK);
        await JsonOf(await Save(_judge, _sample.Entries["2200"], 1, "88", "Together"), HttpStatusCode.OK);
        await JsonOf(await _judge.Client.PutAsJsonAsync(new Uri($"/api/adjudicate/classes/{_season.Classes["2105A"]}/placements", UriKind.Relative),
            new { placements = new object[] { new { entryId = Anna, placement = "First" }, new { entryId = _sample.Entries["2105A Ben"], placement = "Second" } } }), HttpStatusCode.OK);
    }

    [Test]
    public async Task Placements_that_skip_are_refused_with_the_rule()
    {
        var skipped = await JsonOf(await _judge.Client.PutAsJsonAsync(new Uri($"/api/adjudicate/classes/{_season.Classes["2105A"]}/placements", UriKind.Relative),
            new { placements = new object[] { new { entryId = Anna, placement = "Second" } } }), HttpStatusCode.BadRequest);

        Assert.That(skipped.GetProperty("errors").GetProperty("placements")[0].GetString(), Is.EqualTo("2nd is awarded but no 1st: places cannot skip."));
    }

    [Test]
    public async Task After_submission_the_adjudicator_is_refused_and_a_staff_change_is_audited()
    {
        await MarkSessionAsync();
        var submitted = await JsonOf(await _judge.PostJsonAsync($"/api/adjudicate/sessions/{_sample.SessionId}/submit", new { }), HttpStatusCode.OK);
        using var staff = await _factory.SignedInAsync("clerk.staff@example.org", role: "FestivalStaff");

        var refused = await JsonOf(await Save(_judge, Anna, 2, "60", "changed my mind"), HttpStatusCode.Conflict);
        var changed = await JsonOf(await Save(staff, Anna, 2, "90", "Poised and clear", "/api/admin/results"), HttpStatusCode.OK);

        Assert.That(submitted.GetProperty("classIds").GetArrayLength(), Is.EqualTo(2));
        Assert.That(refused.GetProperty("code").GetString(), Is.EqualTo("results_submitted"));
        Assert.That(changed.GetProperty("mark").GetString(), Is.EqualTo("90"));
        var audit = await Db(db => db.AuditEvents.Where(a => a.Type == AuditEventTypes.SubmittedResultsChanged || a.Type == AuditEventTypes.SessionResultsSubmitted)
            .Select(a => a.Type).ToListAsync());
        Assert.That(audit, Is.EquivalentTo(new[] { AuditEventTypes.SessionResultsSubmitted, AuditEventTypes.SubmittedResultsChanged }));
    }

    [Test]
    public async Task The_clerk_marks_a_scratch_and_the_session_page_shows_who_is_done()
    {
        using var staff = await _factory.SignedInAsync("clerk2.staff@example.org", role: "FestivalStaff");
        await JsonOf(await Save(_judge, Anna, 1, "88", "ok"), HttpStatusCode.OK);

        var scratched = await staff.PostFormAsync($"/Admin/Results/Session/{_sample.SessionId}?handler=Appearance",
            new() { ["entryId"] = _sample.Entries["2105A Ben"].ToString(System.Globalization.CultureInfo.InvariantCulture), ["appearance"] = "Scratched" });
        var page = await staff.GetPageAsync($"/Admin/Results/Session/{_sample.SessionId}");

        Assert.That(scratched.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(page, Does.Contain(">scratched<").And.Contain(">done<"));
        Assert.That(await Db(db => db.EntryResults.CountAsync(r => r.Appearance == Festival.Domain.Results.Appearance.Scratched)), Is.EqualTo(1));
    }

    [Test]
    public async Task Publishing_emails_each_family_and_teacher_once_and_the_public_page_shows_placements_by_initials_only()
    {
        await MarkSessionAsync();
        await JsonOf(await _judge.PostJsonAsync($"/api/adjudicate/sessions/{_sample.SessionId}/submit", new { }), HttpStatusCode.OK);
        var tess = await _factory.SignedInAsync("tess@example.org");
        await Db(async db =>
        {
            var teacher = await db.People.SingleAsync(p => p.Id == _season.People["Tess"]);
            teacher.LinkAccount(await db.Users.Where(u => u.Email == "tess@example.org").Select(u => u.Id).SingleAsync(), SampleSeason.At);
            return await db.SaveChangesAsync();
        });
        using var staff = await _factory.SignedInAsync("publisher.staff@example.org", role: "FestivalStaff");

        var published = await JsonOf(await staff.PostJsonAsync("/api/admin/results/publish", new { }), HttpStatusCode.OK);
        var again = await JsonOf(await staff.PostJsonAsync("/api/admin/results/publish", new { }), HttpStatusCode.Conflict);

        Assert.That(published.GetProperty("classIds").GetArrayLength(), Is.EqualTo(2));
        Assert.That(again.GetProperty("code").GetString(), Is.EqualTo("nothing_to_publish"));
        var mail = (await Db(db => db.OutboxMessages.Where(m => m.IdempotencyKey.StartsWith("results-published:")).Select(m => m.Payload).ToListAsync()))
            .Select(p => JsonSerializer.Deserialize<ResultsEmail>(p, Web)!.Email).ToList();
        Assert.That(mail.Select(m => m.To), Is.EqualTo(new[] { "tess@example.org" }), "only Tess has an account among the sample's families and teachers");
        Assert.That(mail[0].TextBody, Does.Contain("Poised <b>and</b> clear").And.Contain("Mark: 91").And.Contain("Placement: 1st"));

        using var visitor = _factory.Session();
        var publicPage = await visitor.GetPageAsync("/Results");
        Assert.That(publicPage, Does.Contain("Class 2105A").And.Contain("A. S.").And.Not.Contain("Anna Smith").And.Not.Contain("(91)"));
        var teacherPage = await tess.GetPageAsync("/Entries/Results");
        Assert.That(teacherPage, Does.Contain("Anna Smith").And.Contain("Poised &lt;b&gt;and&lt;/b&gt; clear").And.Contain("<strong>91</strong>"));
        tess.Dispose();
    }

    [Test]
    public async Task Comment_sheets_and_certificates_download_for_whoever_sees_the_published_entry_and_are_404_for_others()
    {
        await MarkSessionAsync();
        await JsonOf(await _judge.PostJsonAsync($"/api/adjudicate/sessions/{_sample.SessionId}/submit", new { }), HttpStatusCode.OK);
        using var tess = await _factory.SignedInAsync("tess@example.org");
        await Db(async db =>
        {
            var teacher = await db.People.SingleAsync(p => p.Id == _season.People["Tess"]);
            teacher.LinkAccount(await db.Users.Where(u => u.Email == "tess@example.org").Select(u => u.Id).SingleAsync(), SampleSeason.At);
            return await db.SaveChangesAsync();
        });
        using var stranger = await _factory.SignedInAsync("stranger@example.org");
        using var staff = await _factory.SignedInAsync("sheets.staff@example.org", role: "FestivalStaff");
        var sheet = $"/api/results/entries/{Anna}/comment-sheet";

        var beforePublishing = await tess.GetAsync(sheet);
        var staffBefore = await staff.GetAsync(sheet);
        await JsonOf(await staff.PostJsonAsync("/api/admin/results/publish", new { }), HttpStatusCode.OK);
        var teacherSheet = await tess.GetAsync(sheet);
        var teacherCertificate = await tess.GetAsync($"/api/results/entries/{Anna}/certificate");
        var pageSheet = await tess.GetAsync($"/Entries/Results?handler=Sheet&entryId={Anna}");
        var page = await tess.GetPageAsync("/Entries/Results");
        var strangerSheet = await stranger.GetAsync(sheet);
        var strangerPage = await stranger.GetAsync($"/Entries/Results?handler=Certificate&entryId={Anna}");
        var unplacedCertificate = await staff.GetAsync($"/api/results/entries/{_sample.Entries["2200"]}/certificate");

        Assert.That(beforePublishing.StatusCode, Is.EqualTo(HttpStatusCode.NotFound), "families wait for publication");
        Assert.That(staffBefore.StatusCode, Is.EqualTo(HttpStatusCode.OK), "staff read any sheet");
        Assert.That(teacherSheet.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(teacherSheet.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/pdf"));
        using (var pdf = UglyToad.PdfPig.PdfDocument.Open(await teacherSheet.Content.ReadAsByteArrayAsync()))
        {
            var text = string.Join("\n", pdf.GetPages().Select(p => p.Text));
            Assert.That(text, Does.Contain("Anna Smith").And.Contain("Poised <b>and</b> clear").And.Contain("Mark: 91").And.Contain("Placement: 1st").And.Contain("Adjudicator: Jo Judge"));
        }

        Assert.That(teacherCertificate.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(pageSheet.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(page, Does.Contain("handler=Sheet").And.Contain("handler=Certificate").And.Contain($"entryId={Anna}"));
        Assert.That(strangerSheet.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(strangerPage.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(unplacedCertificate.StatusCode, Is.EqualTo(HttpStatusCode.NotFound), "no placement and no certificate band configured");
    }

    [Test]
    public async Task The_reports_page_draws_marks_per_adjudicator_and_the_API_returns_the_same_report()
    {
        await MarkSessionAsync();
        using var staff = await _factory.SignedInAsync("reports.staff@example.org", role: "FestivalStaff");

        var page = await staff.GetPageAsync("/Admin/Results/Reports");
        var report = await JsonOf(await staff.GetAsync("/api/admin/results"), HttpStatusCode.OK);

        Assert.That(page, Does.Contain("<svg").And.Contain("Marks given by Jo Judge: 80-84: 1; 85-89: 1; 90-94: 1"));
        Assert.That(report.GetProperty("byTeacher")[0].GetProperty("name").GetString(), Is.EqualTo("Tess Teacher"));
        Assert.That(report.GetProperty("lines").GetArrayLength(), Is.EqualTo(5));
    }
}
