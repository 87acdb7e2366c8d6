using System.Net;
using System.Text.RegularExpressions;
using Festival.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Festival.Web.Tests.Entries;

/// <summary>
/// /Entries over HTTP: an account adds the people it enters, and a person's details are shown only by relationship
/// (self, accepted guardian or teacher, staff), never because an id was guessed.
/// </summary>
public sealed partial class MyPeopleTests
{
    private FestivalWebFactory _factory = null!;

    [OneTimeSetUp]
    public void StartHost() => _factory = new FestivalWebFactory();

    [OneTimeTearDown]
    public Task StopHost() => _factory.DisposeAsync().AsTask();

    [Test]
    public async Task A_parent_adds_a_child_and_sees_them_listed_with_a_profile_code_and_their_details()
    {
        using var parent = await _factory.SignedInAsync("parent.one@example.org");

        var (id, code) = await EntrySteps.AddAsync(parent, "Mia Ortiz");

        Assert.That(code, Does.Match("^P-[2-9A-HJKMNP-Z]{5}$"));
        var details = await parent.GetPageAsync($"/Entries/Person/{id}");
        Assert.That(details, Does.Contain("Mia Ortiz").And.Contain("2016-04-02").And.Contain("parent.one@example.org"), "the guardian is the account's own person, named from its profile");
    }

    [Test]
    public async Task Another_family_gets_404_for_a_child_by_id_exactly_as_for_an_id_that_does_not_exist()
    {
        using var parent = await _factory.SignedInAsync("parent.two@example.org");
        using var stranger = await _factory.SignedInAsync("stranger.two@example.org");
        var (id, _) = await EntrySteps.AddAsync(parent, "Noah Brandt");

        var guessed = await stranger.GetAsync($"/Entries/Person/{id}");
        var missing = await stranger.GetAsync("/Entries/Person/999999");

        Assert.That(guessed.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(missing.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(await guessed.Content.ReadAsStringAsync(), Does.Not.Contain("Noah Brandt"));
        Assert.That(await stranger.GetPageAsync("/Entries"), Does.Not.Contain("Noah Brandt"));
    }

    [Test]
    public async Task A_teacher_sees_a_student_only_after_the_guardian_accepts_the_link_asked_for_by_profile_code()
    {
        using var parent = await _factory.SignedInAsync("parent.three@example.org");
        using var teacher = await _factory.SignedInAsync("teacher.three@example.org");
        using var stranger = await _factory.SignedInAsync("stranger.three@example.org");
        var (id, code) = await EntrySteps.AddAsync(parent, "Lena Vogt");

        var asked = await teacher.PostFormAsync("/Entries?handler=Link", new() { ["Link.ProfileCode"] = code.ToLowerInvariant() }, "/Entries");
        Assert.That(asked.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That((await teacher.GetAsync($"/Entries/Person/{id}")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound), "a pending link shows nothing");

        var parentPage = await parent.GetPageAsync("/Entries");
        var linkId = AcceptForm().Match(parentPage).Groups["link"].Value;
        Assert.That(linkId, Is.Not.Empty, "the guardian is asked to accept");
        var byTeacher = await teacher.PostFormAsync($"/Entries?handler=Accept&linkId={linkId}", [], "/Entries");
        var byStranger = await stranger.PostFormAsync($"/Entries?handler=Accept&linkId={linkId}", [], "/Entries");
        Assert.That(byTeacher.StatusCode, Is.EqualTo(HttpStatusCode.NotFound), "a teacher cannot accept their own request");
        Assert.That(byStranger.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));

        var accepted = await parent.PostFormAsync($"/Entries?handler=Accept&linkId={linkId}", [], "/Entries");

        Assert.That(accepted.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(await teacher.GetPageAsync($"/Entries/Person/{id}"), Does.Contain("Lena Vogt"));
        Assert.That(await teacher.GetPageAsync("/Entries"), Does.Contain("Lena Vogt"), "the student is listed among the teacher's people");
        Assert.That((await stranger.GetAsync($"/Entries/Person/{id}")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FestivalDbContext>();
        var outbox = await db.OutboxMessages.Select(m => m.IdempotencyKey).ToListAsync();
        Assert.That(outbox, Has.Some.StartsWith("teacher-link-requested:").And.Some.StartsWith("teacher-link-accepted:"), "both sides are told by email");
    }

    [Test]
    public async Task Festival_staff_see_any_person_and_bad_input_is_shown_beside_the_field()
    {
        using var parent = await _factory.SignedInAsync("parent.four@example.org");
        using var admin = await _factory.SignedInAsync("staff.four@example.org", admin: true);
        var (id, _) = await EntrySteps.AddAsync(parent, "Ines Kraus");

        var staffView = await admin.GetPageAsync($"/Entries/Person/{id}");
        var noBirthDate = await EntrySteps.AddPersonAsync(parent, "Child", "Tom Kraus", "");
        var unknownCode = await parent.PostFormAsync("/Entries?handler=Link", new() { ["Link.ProfileCode"] = "P-22222" }, "/Entries");

        Assert.That(staffView, Does.Contain("Ines Kraus"));
        Assert.That(noBirthDate.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await noBirthDate.Content.ReadAsStringAsync(), Does.Contain("date of birth"));
        Assert.That(await unknownCode.Content.ReadAsStringAsync(), Does.Contain("No one has the profile code"));
    }

    [Test]
    public async Task Anonymous_visitors_are_sent_to_sign_in_from_every_entries_page()
    {
        using var anonymous = _factory.Session();

        foreach (var url in new[] { "/Entries", "/Entries/Person/1" })
        {
            var response = await anonymous.GetAsync(url);
            Assert.That(response.Headers.Location?.AbsolutePath, Is.EqualTo("/Account/Login"), url);
        }
    }

    [GeneratedRegex(@"action=""/Entries\?[^""]*linkId=(?<link>\d+)")]
    private static partial Regex AcceptForm();
}
