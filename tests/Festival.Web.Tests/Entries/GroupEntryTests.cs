using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Festival.Domain.Syllabus;
using Festival.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Festival.Web.Tests.Entries;

/// <summary>
/// Group entries online: an account makes a group of the people it enters and enters it in classes for groups, through
/// the same basket and submission; groups and their members are reached by relationship only.
/// </summary>
public sealed partial class GroupEntryTests
{
    private FestivalWebFactory _factory = null!;
    private Dictionary<string, int> _classes = null!;

    [OneTimeSetUp]
    public async Task StartHost()
    {
        _factory = new FestivalWebFactory();
        _classes = await FestivalSetup.SeasonAsync(_factory, DateTimeOffset.UtcNow.AddDays(30),
            ("4001", ClassType.Ensemble, 8, 12, 600, 50m), ("4002", ClassType.Ensemble, 15, 18, null, 50m),
            ("3001", ClassType.Duet, null, null, null, 30m), ("2105", ClassType.Solo, null, null, null, 20m));
    }

    [OneTimeTearDown]
    public Task StopHost() => _factory.DisposeAsync().AsTask();

    private static Task<HttpResponseMessage> MakeGroupAsync(WebSession session, string name, params int[] members)
    {
        var fields = new Dictionary<string, string> { ["NewGroup.Name"] = name };
        for (var i = 0; i < members.Length; i++)
        {
            fields[$"NewGroup.MemberIds[{i}]"] = members[i].ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return session.PostFormAsync("/Entries?handler=Group", fields, "/Entries");
    }

    private static Task<HttpResponseMessage> PutGroupInBasketAsync(WebSession session, int groupId, int classId) =>
        session.PostFormAsync($"/Entries/Enter?group={groupId}&classId={classId}", new()
        {
            ["Input.Pieces[0].Title"] = "Simple Gifts",
            ["Input.Pieces[0].Composer"] = "Traditional",
            ["Input.Pieces[0].Duration"] = "3:00",
        }, "/Entries");

    /// <summary>A teacher with two students aged 9 and 10 in a group; returns the session and the group's id.</summary>
    private async Task<(WebSession Teacher, int GroupId)> TeacherWithGroupAsync(string email, string groupName)
    {
        var teacher = await _factory.SignedInAsync(email);
        var (first, _) = await EntrySteps.AddAsync(teacher, $"{groupName} First", "2017-03-03", "Student");
        var (second, _) = await EntrySteps.AddAsync(teacher, $"{groupName} Second", "2016-03-03", "Student");
        Assert.That((await MakeGroupAsync(teacher, groupName, first, second)).StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var page = await teacher.GetPageAsync("/Entries");
        return (teacher, int.Parse(GroupLink().Match(page).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Test]
    public async Task A_teacher_makes_a_group_of_students_enters_it_in_a_class_for_groups_and_submits_one_group_entry()
    {
        var (teacher, groupId) = await TeacherWithGroupAsync("group.teacher@example.org", "Trio Bravo");
        using var owner = teacher;

        var fitting = await teacher.GetPageAsync($"/Entries/Enter?group={groupId}");
        Assert.That(fitting, Does.Contain("Ensemble class 4001").And.Not.Contain("Ensemble class 4002").And.Not.Contain("Duet class").And.Not.Contain("Solo class"),
            "only classes for groups whose ages fit every performer");
        Assert.That((await PutGroupInBasketAsync(teacher, groupId, _classes["4001"])).StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(await teacher.GetPageAsync("/Entries"), Does.Contain("Trio Bravo").And.Contain("id=\"basket-total\">50.00<"));
        Assert.That((await EntrySteps.SubmitAsync(teacher)).StatusCode, Is.EqualTo(HttpStatusCode.Redirect));

        await using var scope = _factory.Services.CreateAsyncScope();
        var entry = await scope.ServiceProvider.GetRequiredService<FestivalDbContext>().Entries.SingleAsync(e => e.ClassId == _classes["4001"] && e.GroupId == groupId);
        Assert.That((entry.ParticipantKey, entry.FeeCents, entry.Participants.Count), Is.EqualTo(($"g:{groupId}", 5000L, 0)));
        var invoice = await teacher.GetPageAsync("/Entries/Invoice");
        Assert.That(invoice, Does.Contain("Trio Bravo"));
        Assert.That(await EntrySteps.ErrorsAsync(await PutGroupInBasketAsync(teacher, groupId, _classes["4001"])), Does.Contain("This group already has an entry in class 4001"));
    }

    [Test]
    public async Task Someone_elses_child_cannot_join_a_group_someone_elses_group_cannot_be_entered_and_a_group_fits_no_duet()
    {
        var (teacher, groupId) = await TeacherWithGroupAsync("owner.group@example.org", "Quartet Nord");
        using var owner = teacher;
        using var stranger = await _factory.SignedInAsync("stranger.group@example.org");
        var (ownChild, _) = await EntrySteps.AddAsync(stranger, "Stina Stranger", "2016-06-06");
        var (teachersStudent, _) = await EntrySteps.AddAsync(teacher, "Quartet Nord Third", "2016-06-06", "Student");

        var joined = await MakeGroupAsync(stranger, "Borrowed", ownChild, teachersStudent);
        var browsed = await stranger.GetAsync($"/Entries/Enter?group={groupId}");
        var posted = await PutGroupInBasketAsync(stranger, groupId, _classes["4001"]);
        var api = await stranger.PostJsonAsync("/api/entries/basket",
            new { classId = _classes["4001"], personIds = Array.Empty<int>(), groupId, pieces = new[] { new { title = "Air", composer = "Bach", duration = "2:00" } } });
        var both = await teacher.PostJsonAsync("/api/entries/basket",
            new { classId = _classes["4001"], personIds = new[] { teachersStudent }, groupId, pieces = new[] { new { title = "Air", composer = "Bach", duration = "2:00" } } });
        var duet = await PutGroupInBasketAsync(teacher, groupId, _classes["3001"]);

        Assert.That(new[] { joined.StatusCode, browsed.StatusCode, posted.StatusCode, api.StatusCode }, Is.All.EqualTo(HttpStatusCode.NotFound));
        Assert.That(both.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await both.Content.ReadAsStringAsync(), Does.Contain("either a group or named performers"));
        Assert.That(await EntrySteps.ErrorsAsync(duet), Does.Contain("That class does not fit"));
        Assert.That(await stranger.GetPageAsync("/Entries"), Does.Not.Contain("Quartet Nord").And.Not.Contain("Borrowed"));
        var groups = JsonDocument.Parse(await (await teacher.GetAsync("/api/entries/groups")).Content.ReadAsStringAsync()).RootElement;
        Assert.That(groups.EnumerateArray().Select(g => g.GetProperty("name").GetString()), Is.EqualTo(new[] { "Quartet Nord" }));
    }

    [GeneratedRegex(@"/Entries/Enter\?group=(\d+)")]
    private static partial Regex GroupLink();
}
