using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Festival.Application.Audit;
using Festival.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Festival.Web.Tests.Results;

/// <summary>
/// A season's own certificate band and awards over HTTP on a real SQLite file, staff deciding a tie on the awards page,
/// the reports showing the decision and the decision lapsing when results change; the public page's names as consented.
/// </summary>
public sealed class AwardsWebTests
{
    private FestivalWebFactory _factory = null!;
    private SampleSeason _season = null!;
    private ResultsSample _sample = null!;
    private WebSession _judge = null!;
    private WebSession _staff = null!;

    [SetUp]
    public async Task StartHost()
    {
        _factory = new FestivalWebFactory();
        _season = await SampleSeason.CreateAsync(_factory.Services);
        _judge = await _factory.SignedInAsync("jo.judge@example.org", role: "Adjudicator");
        using var other = await _factory.SignedInAsync("max.marker@example.org", role: "Adjudicator");
        _sample = await ResultsSample.CreateAsync(_factory.Services, _season, await UserIdAsync("jo.judge@example.org"), await UserIdAsync("max.marker@example.org"));
        _staff = await _factory.SignedInAsync("awards.staff@example.org", role: "FestivalStaff");
    }

    [TearDown]
    public async Task StopHost()
    {
        _judge.Dispose();
        _staff.Dispose();
        await _factory.DisposeAsync();
    }

    private async Task<string> UserIdAsync(string email) =>
        await Db(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

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

    private int Anna => _sample.Entries["2105A Anna"];

    private int Ben => _sample.Entries["2105A Ben"];

    private Task<HttpResponseMessage> StaffSave(int entryId, long version, string mark) =>
        _staff.Client.PutAsJsonAsync(new Uri($"/api/admin/results/results/{entryId}", UriKind.Relative), new { version, mark });

    /// <summary>Anna and Ben tie on 88 in 2105A (both 1st), 2200 has 85; the session is submitted and published.</summary>
    private async Task PublishTieAsync()
    {
        await JsonOf(await StaffSave(Anna, 1, "88"), HttpStatusCode.OK);
        await JsonOf(await StaffSave(Ben, 1, "88"), HttpStatusCode.OK);
        await JsonOf(await StaffSave(_sample.Entries["2200"], 1, "85"), HttpStatusCode.OK);
        await JsonOf(await _staff.Client.PutAsJsonAsync(new Uri($"/api/admin/results/classes/{_season.Classes["2105A"]}/placements", UriKind.Relative),
            new { placements = new object[] { new { entryId = Anna, placement = "First" }, new { entryId = Ben, placement = "First" } } }), HttpStatusCode.OK);
        await JsonOf(await _judge.PostJsonAsync($"/api/adjudicate/sessions/{_sample.SessionId}/submit", new { }), HttpStatusCode.OK);
        await JsonOf(await _staff.PostJsonAsync("/api/admin/results/publish", new { }), HttpStatusCode.OK);
    }

    [Test]
    public async Task Staff_set_the_seasons_certificate_band_on_the_results_page_and_a_band_off_the_scale_is_refused()
    {
        var fields = new Dictionary<string, string>
        {
            ["Input.Scale"] = "60-100, Gold 90+, Silver 80+", ["Input.MinimumEntriesForPlacements"] = "1", ["Input.CertificateBand"] = "Platinum",
        };

        var refused = await _staff.PostFormAsync("/Admin/Results?handler=Rules", fields, "/Admin/Results");
        var refusedPage = await refused.Content.ReadAsStringAsync();
        var saved = await _staff.PostFormAsync("/Admin/Results?handler=Rules", new(fields) { ["Input.CertificateBand"] = "silver" }, "/Admin/Results");
        var page = await _staff.GetPageAsync("/Admin/Results");
        var api = await JsonOf(await _staff.Client.PutAsJsonAsync(new Uri("/api/admin/results/rules", UriKind.Relative),
            new { scale = "I, II, III", minimumEntriesForPlacements = 1, certificateBand = "IV" }), HttpStatusCode.BadRequest);

        Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(refusedPage, Does.Contain("&#x27;Platinum&#x27; is not a band of the scale 60-100").And.Contain("give one of Gold, Silver, or leave it blank."));
        Assert.That(saved.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(page, Does.Contain("value=\"silver\""));
        Assert.That(await Db(db => db.ResultRules.Select(r => r.CertificateBand).SingleAsync()), Is.EqualTo("silver"));
        Assert.That(api.GetProperty("errors").GetProperty("certificateBand")[0].GetString(), Does.Contain("give one of I, II, III"));
    }

    [Test]
    public async Task Staff_add_change_and_remove_awards_on_the_page_and_through_the_API_with_clear_errors()
    {
        var added = await _staff.PostFormAsync("/Admin/Results/Awards?handler=Save",
            new() { ["Input.Name"] = "Baroque Cup", ["Input.Classes"] = "2105A, 2200", ["Input.FirstPlaceOnly"] = "true" }, "/Admin/Results/Awards");
        var nothing = await _staff.PostFormAsync("/Admin/Results/Awards?handler=Save", new() { ["Input.Name"] = "Mystery" }, "/Admin/Results/Awards");
        var taken = await JsonOf(await _staff.Client.PutAsJsonAsync(new Uri("/api/admin/results/awards", UriKind.Relative),
            new { name = "baroque cup", discipline = "Piano" }), HttpStatusCode.BadRequest);
        var changed = await JsonOf(await _staff.Client.PutAsJsonAsync(new Uri("/api/admin/results/awards", UriKind.Relative),
            new { originalName = "Baroque Cup", name = "Baroque Trophy", classes = new[] { "2105A" } }), HttpStatusCode.OK);
        var editForm = await _staff.GetPageAsync("/Admin/Results/Awards?edit=Baroque%20Trophy");
        var listed = await JsonOf(await _staff.GetAsync("/api/admin/results/awards"), HttpStatusCode.OK);
        var removed = await _staff.Client.DeleteAsync(new Uri("/api/admin/results/awards?name=Baroque%20Trophy", UriKind.Relative));
        var again = await _staff.Client.DeleteAsync(new Uri("/api/admin/results/awards?name=Baroque%20Trophy", UriKind.Relative));

        Assert.That(added.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(await nothing.Content.ReadAsStringAsync(), Does.Contain("Award &#x27;Mystery&#x27; covers nothing"));
        Assert.That(taken.GetProperty("errors").GetProperty("name")[0].GetString(), Does.Contain("already has an award named"));
        Assert.That(changed.GetProperty("name").GetString(), Is.EqualTo("Baroque Trophy"));
        Assert.That(editForm, Does.Contain("Change &#x27;Baroque Trophy&#x27;").And.Contain("value=\"2105A\""));
        Assert.That(listed.GetProperty("ownAwards").GetBoolean(), Is.True);
        Assert.That(listed.GetProperty("rules")[0].GetProperty("firstPlaceOnly").GetBoolean(), Is.False, "the change set every field");
        Assert.That(removed.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(await Db(db => db.SeasonAwards.CountAsync()), Is.Zero);
        Assert.That(await Db(db => db.AuditEvents.Where(a => a.Type == AuditEventTypes.AwardSaved || a.Type == AuditEventTypes.AwardRemoved).CountAsync()), Is.EqualTo(3));
    }

    [Test]
    public async Task Staff_decide_a_tie_on_the_awards_page_the_reports_show_it_and_it_lapses_when_results_change()
    {
        await JsonOf(await _staff.Client.PutAsJsonAsync(new Uri("/api/admin/results/awards", UriKind.Relative),
            new { name = "Grade 5 Piano Award", discipline = "Piano", level = "Grade 5" }), HttpStatusCode.OK);
        await PublishTieAsync();

        var tied = await _staff.GetPageAsync("/Admin/Results/Awards");
        var wrong = await JsonOf(await _staff.PostJsonAsync("/api/admin/results/awards/decide",
            new { award = "Grade 5 Piano Award", entryId = _sample.Entries["2200"] }), HttpStatusCode.Conflict);
        var decided = await _staff.PostFormAsync("/Admin/Results/Awards?handler=Decide",
            new() { ["award"] = "Grade 5 Piano Award", ["entryId"] = $"{Ben}" }, "/Admin/Results/Awards");
        var reports = await _staff.GetPageAsync("/Admin/Results/Reports");
        var report = await JsonOf(await _staff.GetAsync("/api/admin/results"), HttpStatusCode.OK);

        Assert.That(tied, Does.Contain("tie: staff decide").And.Contain($"value=\"{Ben}\""));
        Assert.That(wrong.GetProperty("code").GetString(), Is.EqualTo("not_a_tied_winner"));
        Assert.That(decided.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(reports, Does.Contain("Ben Jones (2105A)"));
        Assert.That(reports, Does.Contain("decided by staff"));
        var award = report.GetProperty("awards")[0];
        Assert.That(award.GetProperty("winner").GetProperty("entryId").GetInt32(), Is.EqualTo(Ben));
        Assert.That(award.GetProperty("decided").GetProperty("entryId").GetInt32(), Is.EqualTo(Ben));
        var audit = await Db(db => db.AuditEvents.SingleAsync(a => a.Type == AuditEventTypes.AwardDecided));
        Assert.That(audit.Details, Does.Contain("Ben Jones"));

        // Staff correct Anna's mark after publishing: the tie is gone, and with it the decision.
        await JsonOf(await StaffSave(Anna, 2, "89"), HttpStatusCode.OK);
        var after = await _staff.GetPageAsync("/Admin/Results/Awards");
        var afterReport = await JsonOf(await _staff.GetAsync("/api/admin/results"), HttpStatusCode.OK);

        Assert.That(after, Does.Contain("no longer applies"));
        Assert.That(afterReport.GetProperty("awards")[0].GetProperty("winner").GetProperty("entryId").GetInt32(), Is.EqualTo(Anna));
        Assert.That(afterReport.GetProperty("awards")[0].GetProperty("decisionLapsed").GetBoolean(), Is.True);
    }

    [Test]
    public async Task The_public_page_names_performers_in_full_only_where_they_or_their_guardian_consented()
    {
        await Db(async db =>
        {
            var anna = await db.People.SingleAsync(p => p.Id == _season.People["Anna"]);
            anna.SetNameConsent(true, "guardian", SampleSeason.At);
            return await db.SaveChangesAsync();
        });
        await PublishTieAsync();
        using var visitor = _factory.Session();

        var page = await visitor.GetPageAsync("/Results");

        Assert.That(page, Does.Contain("Anna Smith"), "consented");
        Assert.That(page, Does.Contain("B. J.").And.Not.Contain("Ben Jones"), "no consent: initials");
    }
}
