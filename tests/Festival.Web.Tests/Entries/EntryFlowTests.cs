using System.Net;
using Festival.Application.Entries.LateWindow;
using Festival.Domain.Syllabus;
using Festival.Infrastructure.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Festival.Web.Tests.Entries;

/// <summary>
/// Entering classes over HTTP, as families and teachers do: the classes that fit, the basket, one submission, the
/// rules refused with their reasons, someone else's child refused by relationship, withdrawal, deadline and late window.
/// </summary>
public sealed class EntryFlowTests
{
    private static readonly (string, string, string)[] Minuet = [("Minuet in G", "Petzold", "1:40")];
    private FestivalWebFactory _factory = null!;
    private Dictionary<string, int> _classes = null!;

    [OneTimeSetUp]
    public async Task StartHost()
    {
        _factory = new FestivalWebFactory();
        _classes = await FestivalSetup.SeasonAsync(_factory, DateTimeOffset.UtcNow.AddDays(30),
            ("2105", ClassType.Solo, 8, 10, 180, 20m),
            ("2106", ClassType.Solo, 11, 13, null, 22m),
            ("3001", ClassType.Duet, null, null, 300, 30m),
            ("4001", ClassType.Ensemble, null, null, null, 50m));
    }

    [OneTimeTearDown]
    public Task StopHost() => _factory.DisposeAsync().AsTask();

    private async Task<List<(int ClassId, string Key, long Fee, long Surcharge, string? Teacher)>> EntriesOfAsync(string email)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FestivalDbContext>();
        var userId = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
        var rows = await db.Entries.Where(e => e.SubmittedByUserId == userId)
            .Select(e => new { e.ClassId, e.ParticipantKey, e.FeeCents, e.SurchargeCents, Teacher = db.People.Where(p => p.Id == e.TeacherId).Select(p => p.Name).FirstOrDefault() })
            .ToListAsync();
        return [.. rows.Select(r => (r.ClassId, r.ParticipantKey, r.FeeCents, r.SurchargeCents, r.Teacher))];
    }

    private async Task<List<string>> OutboxKeysAsync()
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<FestivalDbContext>().OutboxMessages.Select(m => m.IdempotencyKey).ToListAsync();
    }

    [Test]
    public async Task A_parent_enters_two_children_in_a_solo_and_a_duet_and_submitting_twice_makes_one_set_of_entries()
    {
        using var parent = await _factory.SignedInAsync("flow.parent@example.org");
        var (ana, _) = await EntrySteps.AddAsync(parent, "Ana Flores", "2017-05-01");
        var (ben, _) = await EntrySteps.AddAsync(parent, "Ben Flores", "2014-03-01");

        var fitting = await parent.GetPageAsync($"/Entries/Enter?people={ana}");
        Assert.That(fitting, Does.Contain("Solo class 2105").And.Not.Contain("Solo class 2106").And.Not.Contain("Duet class 3001"),
            "a 9-year-old alone sees the solos for her age only");
        var pair = await parent.GetPageAsync($"/Entries/Enter?people={ana}&people={ben}");
        Assert.That(pair, Does.Contain("Duet class 3001").And.Not.Contain("Solo class"));

        Assert.That((await EntrySteps.PutInBasketAsync(parent, _classes["2105"], [ana], Minuet)).StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That((await EntrySteps.PutInBasketAsync(parent, _classes["3001"], [ana, ben], [("Sonata in D", "Mozart", "4:30")])).StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var basket = await parent.GetPageAsync("/Entries");
        Assert.That(basket, Does.Contain("id=\"basket-total\">50.00<"));

        var first = await EntrySteps.SubmitAsync(parent);
        var second = await EntrySteps.SubmitAsync(parent);

        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(await EntrySteps.ErrorsAsync(second), Does.Contain("Your basket is empty"));
        var entries = await EntriesOfAsync("flow.parent@example.org");
        Assert.That(entries.Select(e => (e.ClassId, e.Fee)), Is.EquivalentTo(new[] { (_classes["2105"], 2000L), (_classes["3001"], 3000L) }));
        Assert.That(await parent.GetPageAsync("/Entries"), Does.Contain("Minuet in G").And.Contain("Sonata in D"));
        Assert.That(await OutboxKeysAsync(), Has.Some.StartsWith("entries-submitted:"), "the confirmation email is queued");
    }

    [Test]
    public async Task Each_broken_rule_is_refused_with_its_reason_and_nothing_goes_into_the_basket()
    {
        using var parent = await _factory.SignedInAsync("rules.parent@example.org");
        var (kid, _) = await EntrySteps.AddAsync(parent, "Cleo Hart", "2013-02-01");

        var tooOld = await EntrySteps.PutInBasketAsync(parent, _classes["2105"], [kid], Minuet);
        var duetAlone = await EntrySteps.PutInBasketAsync(parent, _classes["3001"], [kid], Minuet);
        var threeHours = await EntrySteps.PutInBasketAsync(parent, _classes["2106"], [kid], [("Etude", "Czerny", "3:00:00")]);
        var zero = await EntrySteps.PutInBasketAsync(parent, _classes["2106"], [kid], [("Etude", "Czerny", "0")]);
        var group = await EntrySteps.PutInBasketAsync(parent, _classes["4001"], [kid], Minuet);

        Assert.That(await EntrySteps.ErrorsAsync(tooOld), Does.Contain("That class does not fit"), "the form of a class that does not fit is not even shown");
        Assert.That(await EntrySteps.ErrorsAsync(duetAlone), Does.Contain("That class does not fit"));
        Assert.That(await EntrySteps.ErrorsAsync(threeHours), Does.Contain("Piece 1:"));
        Assert.That(await EntrySteps.ErrorsAsync(zero), Does.Contain("zero"));
        Assert.That(await EntrySteps.ErrorsAsync(group), Does.Contain("That class does not fit"));
        Assert.That(await parent.GetPageAsync("/Entries"), Does.Contain("Your basket is empty"));
    }

    [Test]
    public async Task Someone_elses_child_in_a_form_post_is_refused_with_404_and_their_entries_stay_invisible()
    {
        using var parent = await _factory.SignedInAsync("owner.parent@example.org");
        using var stranger = await _factory.SignedInAsync("guessing.parent@example.org");
        var (kid, _) = await EntrySteps.AddAsync(parent, "Dora Lindqvist", "2017-01-15");
        await EntrySteps.PutInBasketAsync(parent, _classes["2105"], [kid], Minuet);
        await EntrySteps.SubmitAsync(parent);

        var posted = await EntrySteps.PutInBasketAsync(stranger, _classes["2105"], [kid], Minuet);
        var browsed = await stranger.GetAsync($"/Entries/Enter?people={kid}");

        Assert.That(posted.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(browsed.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(await stranger.GetPageAsync("/Entries"), Does.Not.Contain("Dora Lindqvist"));
    }

    [Test]
    public async Task A_teacher_named_by_profile_code_sees_the_entry_and_is_told_and_only_the_submitter_withdraws_it()
    {
        using var teacher = await _factory.SignedInAsync("flow.teacher@example.org");
        var (self, teacherCode) = await EntrySteps.AddAsync(teacher, "Greta Teacher", "1980-01-01", "Myself");
        using var parent = await _factory.SignedInAsync("taught.parent@example.org");
        var (kid, _) = await EntrySteps.AddAsync(parent, "Emil Sand", "2017-08-08");
        Assert.That(self, Is.Positive);

        await EntrySteps.PutInBasketAsync(parent, _classes["2105"], [kid], Minuet, teacherCode);
        await EntrySteps.SubmitAsync(parent);

        Assert.That((await EntriesOfAsync("taught.parent@example.org")).Single().Teacher, Is.EqualTo("Greta Teacher"));
        var teacherPage = await teacher.GetPageAsync("/Entries");
        Assert.That(teacherPage, Does.Contain("Emil Sand").And.Contain("Minuet in G"), "a teacher sees the entries naming them");
        Assert.That(teacherPage, Does.Not.Contain("handler=Withdraw"), "only the submitter withdraws");
        Assert.That(await OutboxKeysAsync(), Has.Some.StartsWith("teacher-notice:"));

        var parentPage = await parent.GetPageAsync("/Entries");
        var entryId = System.Text.RegularExpressions.Regex.Match(parentPage, @"entryId=(\d+)").Groups[1].Value;
        var byTeacher = await teacher.PostFormAsync($"/Entries?handler=Withdraw&entryId={entryId}", [], "/Entries");
        var byParent = await parent.PostFormAsync($"/Entries?handler=Withdraw&entryId={entryId}", [], "/Entries");

        Assert.That(byTeacher.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(byParent.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(await EntriesOfAsync("taught.parent@example.org"), Is.Empty);
    }
}

/// <summary>After the deadline families cannot enter; a late window staff open lets them, with the surcharge.</summary>
public sealed class DeadlineTests
{
    [Test]
    public async Task After_the_deadline_entries_are_refused_until_staff_open_a_late_window_whose_surcharge_is_added()
    {
        await using var factory = new FestivalWebFactory();
        var classes = await FestivalSetup.SeasonAsync(factory, DateTimeOffset.UtcNow.AddDays(-1), ("2105", ClassType.Solo, null, null, null, 20m));
        using var parent = await factory.SignedInAsync("late.parent@example.org");
        var (kid, _) = await EntrySteps.AddAsync(parent, "Finn Late", "2016-01-01");

        var closed = await EntrySteps.PutInBasketAsync(parent, classes["2105"], [kid], [("Minuet", "Bach", "2:00")]);
        Assert.That(await EntrySteps.ErrorsAsync(closed), Does.Contain("Entries closed"));

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var opened = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new OpenLateWindowCommand(DateTimeOffset.UtcNow.AddDays(3), 1500));
            Assert.That(opened.Succeeded, Is.True, opened.ToString());
        }

        Assert.That((await EntrySteps.PutInBasketAsync(parent, classes["2105"], [kid], [("Minuet", "Bach", "2:00")])).StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(await parent.GetPageAsync("/Entries"), Does.Contain("late window").And.Contain("id=\"basket-total\">35.00<"));
        Assert.That((await EntrySteps.SubmitAsync(parent)).StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        await using var check = factory.Services.CreateAsyncScope();
        var entry = await check.ServiceProvider.GetRequiredService<FestivalDbContext>().Entries.SingleAsync();
        Assert.That((entry.FeeCents, entry.SurchargeCents), Is.EqualTo((2000L, 1500L)));
    }
}
