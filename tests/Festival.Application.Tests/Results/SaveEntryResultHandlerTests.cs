using Festival.Application.Results;
using Festival.Application.Results.Save;
using Festival.Domain.Results;

namespace Festival.Application.Tests.Results;

public sealed class SaveEntryResultHandlerTests
{
    private readonly ResultHandlerFixture _f = new();

    private SaveEntryResultHandler Handler() => new(_f.Results, _f.Adjudication, _f.Options, _f.Mediator, _f.Clock);

    private Task<Result<EntryResultSaved>> Save(long version, string? mark, string? comments = null, string? user = ResultHandlerFixture.Judge, bool asStaff = false, string? recommendation = null) =>
        Handler().Handle(new SaveEntryResultCommand(user!, 11, version, mark, comments, recommendation, asStaff), CancellationToken.None);

    [Test]
    public async Task The_adjudicator_s_first_save_adds_the_result_with_mark_band_and_version()
    {
        var saved = await Save(1, "91", "Lovely <b>tone</b>");

        Assert.That(saved.Succeeded, Is.True, saved.ToString());
        Assert.That(saved.Value, Is.EqualTo(new EntryResultSaved(11, SaveOutcome.Applied, 1, "91", "Gold")));
        Assert.That(_f.Kept[11].Comments, Is.EqualTo("Lovely <b>tone</b>"), "stored as typed; pages encode it");
        await _f.Results.Received(1).SaveAsync(Arg.Any<CancellationToken>());
    }

    [Test]
    public async Task A_replayed_save_is_a_duplicate_and_an_older_one_is_refused_as_stale_without_writing()
    {
        await Save(1, "80", "first");
        await Save(3, "85", "third");
        _f.Results.ClearReceivedCalls();

        var again = await Save(3, "85", "third");
        var older = await Save(2, "82", "second");

        Assert.That(again.Value.Outcome, Is.EqualTo(SaveOutcome.Duplicate));
        Assert.That(older.Errors.Single().Code, Is.EqualTo("stale_version"));
        Assert.That(older.Errors.Single().Message, Does.Contain("version 3 is kept"));
        Assert.That((_f.Kept[11].Mark, _f.Kept[11].Comments), Is.EqualTo(("85", "third")));
        await _f.Results.DidNotReceive().SaveAsync(Arg.Any<CancellationToken>());
    }

    [Test]
    public async Task A_mark_outside_the_scale_is_refused_with_the_scale_and_nothing_is_kept()
    {
        var saved = await Save(1, "101");

        Assert.That(saved.Errors.Single(), Is.EqualTo(Error.Validation("Mark", "mark_invalid", "101 is outside this festival's scale: the mark is a whole number from 60 to 100.")));
        Assert.That(_f.Kept, Is.Empty);
    }

    [Test]
    public async Task Bad_version_comments_and_recommendation_are_all_reported_at_once()
    {
        var saved = await Save(0, null, new string('x', EntryResult.MaxCommentsLength + 1), recommendation: "Nationals");

        Assert.That(saved.Errors.Select(e => e.Code), Is.EqualTo(new[] { "version_invalid", "comments_too_long", "recommendation_invalid" }));
    }

    [Test]
    public async Task A_listed_recommendation_is_kept_as_the_festival_spells_it()
    {
        await Save(1, null, recommendation: "provincials");

        Assert.That(_f.Kept[11].Recommendation, Is.EqualTo("Provincials"));
    }

    [Test]
    public async Task Another_adjudicator_is_told_there_is_no_such_entry()
    {
        var saved = await Save(1, "90", user: "other-judge");

        Assert.That(saved.Errors.Single().Kind, Is.EqualTo(ErrorKind.NotFound));
        Assert.That(_f.Kept, Is.Empty);
    }

    [Test]
    public async Task After_submission_the_adjudicator_is_refused_and_staff_change_it_with_an_audited_notification()
    {
        _f.ClassResult.Submit(ResultHandlerFixture.Judge, Fakes.Now);

        var judge = await Save(1, "90");
        var staff = await Save(1, "92", user: "staff-1", asStaff: true);

        Assert.That(judge.Errors.Single().Code, Is.EqualTo("results_submitted"));
        Assert.That(staff.Succeeded, Is.True);
        var changed = _f.Mediator.Published().OfType<SubmittedResultsChangedNotification>().Single();
        Assert.That(changed.EntryIds, Is.EqualTo(new[] { 11 }));
        Assert.That((changed.ActorUserId, changed.ClassCode), Is.EqualTo(("staff-1", "2105A")));
    }

    [Test]
    public async Task Saves_before_submission_announce_nothing()
    {
        await Save(1, "90");

        Assert.That(_f.Mediator.Published(), Is.Empty);
    }
}
