using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Festival.Application.Audit;
using Festival.Domain.Syllabus;
using Festival.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Festival.Web.Tests.Entries;

/// <summary>
/// Changing a submitted entry in place over HTTP: its submitter until the deadline unless paid, staff always (and the
/// submitter is told); anyone else's entry id answers 404 on the page and the API alike.
/// </summary>
public sealed partial class ChangeEntryTests
{
    private FestivalWebFactory _factory = null!;
    private Dictionary<string, int> _classes = null!;

    [OneTimeSetUp]
    public async Task StartHost()
    {
        _factory = new FestivalWebFactory();
        _classes = await FestivalSetup.SeasonAsync(_factory, DateTimeOffset.UtcNow.AddDays(30), ("2105", ClassType.Solo, null, null, 300, 20m));
    }

    [OneTimeTearDown]
    public Task StopHost() => _factory.DisposeAsync().AsTask();

    /// <summary>A family that entered one child in class 2105 through the pages; returns the entry's id.</summary>
    private async Task<(WebSession Session, int EntryId)> FamilyAsync(string email)
    {
        var session = await _factory.SignedInAsync(email);
        var (kid, _) = await EntrySteps.AddAsync(session, $"Child of {email}", "2016-02-02");
        Assert.That((await EntrySteps.PutInBasketAsync(session, _classes["2105"], [kid], [("Minuet in G", "Petzold", "1:40")])).StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That((await EntrySteps.SubmitAsync(session)).StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var page = await session.GetPageAsync("/Entries");
        return (session, int.Parse(EditLink().Match(page).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
    }

    private static Task<HttpResponseMessage> PostChangeAsync(WebSession session, int entryId, string title, string duration, string? teacherCode = null, string? formUrl = null) =>
        session.PostFormAsync($"/Entries/Edit/{entryId}", new()
        {
            ["Input.Pieces[0].Title"] = title,
            ["Input.Pieces[0].Composer"] = "Bach",
            ["Input.Pieces[0].Duration"] = duration,
            ["Input.TeacherCode"] = teacherCode ?? string.Empty,
        }, formUrl ?? $"/Entries/Edit/{entryId}");

    private static Task<HttpResponseMessage> PutAsync(WebSession session, int entryId, string title) =>
        session.Client.PutAsJsonAsync(new Uri($"/api/entries/{entryId}", UriKind.Relative), new { pieces = new[] { new { title, composer = "Bach", duration = "2:00" } } });

    private async Task<T> DbAsync<T>(Func<FestivalDbContext, Task<T>> read)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<FestivalDbContext>());
    }

    private Task<int> DurationAsync(int entryId) => DbAsync(async db => (await db.Entries.SingleAsync(e => e.Id == entryId)).Pieces.Single().DurationSeconds);

    [Test]
    public async Task The_submitter_changes_the_repertoire_and_teacher_on_the_edit_form_and_sees_the_entry_changed()
    {
        var (parent, entryId) = await FamilyAsync("change.parent@example.org");
        using var teacher = await _factory.SignedInAsync("change.teacher@example.org");
        var (_, teacherCode) = await EntrySteps.AddAsync(teacher, "Tom Teacher", "1980-01-01", "Myself");
        using var owner = parent;

        var form = await parent.GetPageAsync($"/Entries/Edit/{entryId}");
        var saved = await PostChangeAsync(parent, entryId, "Gigue", "2:30", teacherCode);

        Assert.That(WebUtility.HtmlDecode(form), Does.Contain("value=\"Minuet in G\"").And.Contain("value=\"1:40\""), "the form shows the entry as it is");
        Assert.That(saved.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var entries = await parent.GetPageAsync("/Entries");
        Assert.That(entries, Does.Contain("Gigue (Bach)").And.Contain("Tom Teacher").And.Not.Contain("Minuet in G"));
        Assert.That(await DurationAsync(entryId), Is.EqualTo(150));
    }

    [Test]
    public async Task A_change_that_breaks_a_rule_is_shown_again_with_the_reason_beside_the_field_and_nothing_changes()
    {
        var (parent, entryId) = await FamilyAsync("broken.change@example.org");
        using var owner = parent;

        var tooLong = await PostChangeAsync(parent, entryId, "Sonata", "6:00");
        var noCode = await PostChangeAsync(parent, entryId, "Sonata", "0:00", "P-ZZZZZ");

        var page = await EntrySteps.ErrorsAsync(tooLong);
        Assert.That(page, Does.Contain("class 2105 allows at most 5:00"));
        var other = await EntrySteps.ErrorsAsync(noCode);
        Assert.That(other, Does.Contain("id=\"Input_TeacherCode-error\"").And.Contain("No one has the profile code"));
        Assert.That(other, Does.Contain("id=\"Input_Pieces_0__Duration-error\""), "the duration's error is beside the duration");
        Assert.That(await DurationAsync(entryId), Is.EqualTo(100));
    }

    [Test]
    public async Task Someone_elses_entry_is_404_on_the_page_the_form_post_and_the_API()
    {
        var (parent, entryId) = await FamilyAsync("owner.change@example.org");
        using var owner = parent;
        using var stranger = await _factory.SignedInAsync("stranger.change@example.org");

        var page = await stranger.GetAsync($"/Entries/Edit/{entryId}");
        var posted = await PostChangeAsync(stranger, entryId, "Gigue", "2:00", formUrl: "/Entries");
        var read = await stranger.GetAsync($"/api/entries/{entryId}");
        var put = await PutAsync(stranger, entryId, "Gigue");
        var missing = await parent.GetAsync($"/Entries/Edit/{entryId + 1000}");

        Assert.That(new[] { page.StatusCode, posted.StatusCode, read.StatusCode, put.StatusCode, missing.StatusCode }, Is.All.EqualTo(HttpStatusCode.NotFound));
        Assert.That(await DurationAsync(entryId), Is.EqualTo(100));
    }

    [Test]
    public async Task A_paid_entry_is_locked_for_its_submitter_but_staff_change_it_and_the_submitter_is_emailed_and_it_is_audited()
    {
        var (parent, entryId) = await FamilyAsync("paid.change@example.org");
        using var owner = parent;
        using var staff = await _factory.SignedInAsync("change.staff@example.org", admin: true);
        var invoice = JsonDocument.Parse(await (await parent.GetAsync("/api/entries/invoice")).Content.ReadAsStringAsync()).RootElement;
        var payment = new { amountCents = 2000, method = "Cash", reference = "R-1", receivedOn = "2026-12-01" };
        Assert.That((await staff.PostJsonAsync($"/api/admin/invoices/{invoice.GetProperty("number").GetInt32()}/payments", payment)).StatusCode, Is.EqualTo(HttpStatusCode.OK));

        var byParent = await PutAsync(parent, entryId, "Gigue");
        var page = await parent.GetPageAsync($"/Entries/Edit/{entryId}");
        var byStaff = await PutAsync(staff, entryId, "Bourrée");

        Assert.That(byParent.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(await byParent.Content.ReadAsStringAsync(), Does.Contain("entry_paid"));
        Assert.That(page, Does.Contain("id=\"entry-locked\"").And.Not.Contain("id=\"change-entry\""));
        Assert.That(byStaff.StatusCode, Is.EqualTo(HttpStatusCode.OK), await byStaff.Content.ReadAsStringAsync());
        Assert.That(await DbAsync(db => db.OutboxMessages.CountAsync(m => m.IdempotencyKey.StartsWith($"entry-changed-by-staff:{entryId}:"))), Is.EqualTo(1));
        Assert.That(await DbAsync(db => db.AuditEvents.CountAsync(e => e.Type == AuditEventTypes.EntryChangedByStaff && e.SubjectUserId == AuditSubjects.Entry(entryId))), Is.EqualTo(1));
    }

    [Test]
    public async Task After_the_deadline_the_submitter_can_no_longer_change_the_entry()
    {
        await using var factory = new FestivalWebFactory();
        var classes = await FestivalSetup.SeasonAsync(factory, DateTimeOffset.UtcNow.AddDays(30), ("2105", ClassType.Solo, null, null, null, 20m));
        using var parent = await factory.SignedInAsync("deadline.change@example.org");
        var (kid, _) = await EntrySteps.AddAsync(parent, "Lena Late", "2016-02-02");
        await EntrySteps.PutInBasketAsync(parent, classes["2105"], [kid], [("Minuet", "Bach", "2:00")]);
        await EntrySteps.SubmitAsync(parent);
        var entryId = int.Parse(EditLink().Match(await parent.GetPageAsync("/Entries")).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<FestivalDbContext>();
            var season = await db.Seasons.SingleAsync(s => s.IsCurrent);
            season.SetDates(null, null, null, DateTimeOffset.UtcNow.AddMinutes(-1));
            await db.SaveChangesAsync();
        }

        var put = await PutAsync(parent, entryId, "Gigue");
        var page = await parent.GetPageAsync($"/Entries/Edit/{entryId}");

        Assert.That(put.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(await put.Content.ReadAsStringAsync(), Does.Contain("entries_closed"));
        Assert.That(page, Does.Contain("Entries closed"));
    }

    [GeneratedRegex(@"/Entries/Edit/(\d+)")]
    private static partial Regex EditLink();
}
