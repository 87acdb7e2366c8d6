using System.Net;
using System.Net.Http.Json;
using Festival.Domain.Syllabus;
using Festival.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Festival.Web.Tests.Entries;

/// <summary>
/// Photo and recording consent per participant and season: answered by a guardian on the person's page or through the
/// API, refused to anyone who does not answer for the person, recorded by staff from a paper form, shown in the staff
/// entries list, audited.
/// </summary>
public sealed class MediaConsentTests
{
    private FestivalWebFactory _factory = null!;
    private Dictionary<string, int> _classes = null!;

    [OneTimeSetUp]
    public async Task StartHost()
    {
        _factory = new FestivalWebFactory();
        _classes = await FestivalSetup.SeasonAsync(_factory, DateTimeOffset.UtcNow.AddDays(30), ("2105", ClassType.Solo, null, null, null, 20m));
    }

    [OneTimeTearDown]
    public Task StopHost() => _factory.DisposeAsync().AsTask();

    /// <summary>A family that entered one child in 2105; returns its session and the child's id.</summary>
    private async Task<(WebSession Session, int Child)> FamilyAsync(string email, string child)
    {
        var session = await _factory.SignedInAsync(email);
        var (kid, _) = await EntrySteps.AddAsync(session, child, "2015-05-05");
        Assert.That((await EntrySteps.PutInBasketAsync(session, _classes["2105"], [kid], [("Etude", "Czerny", "2:00")])).StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That((await EntrySteps.SubmitAsync(session)).StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        return (session, kid);
    }

    private static Task<HttpResponseMessage> AnswerAsync(WebSession session, int personId, bool granted) =>
        session.Client.PutAsJsonAsync(new Uri($"/api/entries/people/{personId}/media-consent", UriKind.Relative), new { granted });

    [Test]
    public async Task A_guardian_answers_on_the_page_and_through_the_API_and_staff_see_the_answer_in_the_entries_list()
    {
        var (yes, yesChild) = await FamilyAsync("media.yes@example.org", "Yara Yes");
        var (no, noChild) = await FamilyAsync("media.no@example.org", "Nils No");
        using var unanswered = (await FamilyAsync("media.none@example.org", "Una Unanswered")).Session;

        var before = await yes.GetPageAsync($"/Entries/Person/{yesChild}");
        var onPage = await yes.PostFormAsync($"/Entries/Person/{yesChild}?handler=MediaConsent", new() { ["granted"] = "true" }, $"/Entries/Person/{yesChild}");
        var api = await AnswerAsync(no, noChild, granted: false);
        var after = await yes.GetPageAsync($"/Entries/Person/{yesChild}");

        Assert.That(before, Does.Contain("Not answered for this season"));
        Assert.That(onPage.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(api.StatusCode, Is.EqualTo(HttpStatusCode.OK), await api.Content.ReadAsStringAsync());
        Assert.That(after, Does.Contain("Yes: answered"));
        using var staff = await _factory.SignedInAsync("media.staff@example.org", role: "FestivalStaff");
        var list = await staff.GetPageAsync("/Admin/Entries?payer=media.");
        Assert.That(list, Does.Match(@"(?s)Yara Yes</td>(?:(?!</tr>).)*<td>Yes</td>"));
        Assert.That(list, Does.Match(@"(?s)Nils No</td>(?:(?!</tr>).)*<td>No</td>"));
        Assert.That(list, Does.Match(@"(?s)Una Unanswered</td>(?:(?!</tr>).)*<td>Not answered</td>"));
        var participants = await staff.GetPageAsync("/Admin/People?kind=Participants&q=Yara");
        var csv = await (await staff.GetAsync("/Admin/People?kind=Participants&q=Nils&handler=Download&format=Csv")).Content.ReadAsStringAsync();
        Assert.That(participants, Does.Contain("Photos and recordings").And.Match(@"(?s)Yara Yes</a></td>(?:(?!</tr>).)*<td>Yes</td>"));
        Assert.That(csv, Does.StartWith("Id,Name,Email,Roles,Entries,Fees,Photos and recordings\r\n").And.Contain(",No\r\n"));
        yes.Dispose();
        no.Dispose();
    }

    [Test]
    public async Task Only_the_person_or_a_guardian_answers_staff_record_a_paper_answer_and_each_answer_is_audited()
    {
        var (family, child) = await FamilyAsync("media.family@example.org", "Fay Family");
        using var stranger = await _factory.SignedInAsync("media.stranger@example.org");
        using var staff = await _factory.SignedInAsync("media.office@example.org", role: "FestivalStaff");

        var guessed = await AnswerAsync(stranger, child, granted: true);
        var missing = await stranger.Client.PutAsJsonAsync(new Uri($"/api/entries/people/{child}/media-consent", UriKind.Relative), new { });
        var byStaff = await AnswerAsync(staff, child, granted: true);
        var changed = await AnswerAsync(family, child, granted: false);

        Assert.That(guessed.StatusCode, Is.EqualTo(HttpStatusCode.NotFound), "the same answer as for an id that does not exist");
        Assert.That(missing.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), "the answer is required");
        Assert.That(byStaff.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(changed.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FestivalDbContext>();
        var answers = await db.MediaConsents.Where(c => c.PersonId == child).ToListAsync();
        Assert.That(answers, Has.Count.EqualTo(1), "one answer per person and season, changed in place");
        Assert.That(answers[0].Granted, Is.False);
        var audited = await db.AuditEvents.CountAsync(e => e.Type == "MediaConsentChanged" && e.SubjectUserId == $"person:{child}");
        Assert.That(audited, Is.EqualTo(2));
        family.Dispose();
    }
}
