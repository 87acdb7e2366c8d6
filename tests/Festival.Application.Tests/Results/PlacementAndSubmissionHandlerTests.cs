using Festival.Application.Results;
using Festival.Application.Results.Placements;
using Festival.Application.Results.Submit;
using Festival.Domain.Results;

namespace Festival.Application.Tests.Results;

public sealed class PlacementAndSubmissionHandlerTests
{
    private readonly ResultHandlerFixture _f = new();

    private Task<Result<PlacementsSet>> Place(Dictionary<int, Placement?> placements, string user = ResultHandlerFixture.Judge, bool asStaff = false) =>
        new SetPlacementsHandler(_f.Results, _f.Adjudication, _f.Options, _f.Mediator, _f.Clock)
            .Handle(new SetPlacementsCommand(user, ResultHandlerFixture.ClassId, placements, asStaff), CancellationToken.None);

    private Task<Result<SessionResultsSubmittedNotification>> Submit(string user = ResultHandlerFixture.Judge) =>
        new SubmitSessionResultsHandler(_f.Results, _f.Adjudication, _f.Options, _f.Mediator, _f.Clock)
            .Handle(new SubmitSessionResultsCommand(user, 5), CancellationToken.None);

    private void Session() =>
        _f.Adjudication.FindSessionAsync(5, Arg.Any<CancellationToken>()).Returns(new SessionInfo(
            5, ResultHandlerFixture.SeasonId, new DateOnly(2027, 3, 6), new TimeOnly(9, 0), new TimeOnly(12, 0), "Hall", "Judge Judy",
            ResultHandlerFixture.Judge, [ResultHandlerFixture.ClassId]));

    [Test]
    public async Task Placements_are_set_for_the_entries_named_and_returned_with_warnings()
    {
        _f.Keep(11, "80");
        _f.Keep(12, "88");

        var set = await Place(new() { [11] = Placement.First, [12] = Placement.Second });

        Assert.That(set.Succeeded, Is.True, set.ToString());
        Assert.That(set.Value.Placements, Is.EquivalentTo(new Dictionary<int, Placement> { [11] = Placement.First, [12] = Placement.Second }));
        Assert.That(set.Value.Warnings.Single(), Does.Contain("Performer 11 is placed 1st with a lower mark than Performer 12"));
        Assert.That((_f.Kept[11].Placement, _f.Kept[12].Placement), Is.EqualTo(((Placement?)Placement.First, (Placement?)Placement.Second)));
    }

    [Test]
    public async Task A_second_without_a_first_is_refused_and_nothing_changes()
    {
        var set = await Place(new() { [11] = Placement.Second });

        Assert.That(set.Errors.Single().Message, Is.EqualTo("2nd is awarded but no 1st: places cannot skip."));
        Assert.That(_f.Kept, Is.Empty);
        await _f.Results.DidNotReceive().SaveAsync(Arg.Any<CancellationToken>());
    }

    [Test]
    public async Task The_rules_judge_the_class_as_a_whole_with_the_placements_already_kept()
    {
        _f.Keep(11, "90", Placement.First);

        var set = await Place(new() { [12] = Placement.Second, [13] = Placement.Third });
        var unplaceFirst = await Place(new() { [11] = null });

        Assert.That(set.Succeeded, Is.True, set.ToString());
        Assert.That(unplaceFirst.Errors.Single().Message, Does.Contain("2nd is awarded but no 1st"));
    }

    [Test]
    public async Task An_entry_of_another_class_or_an_unknown_placement_is_refused()
    {
        Assert.That((await Place(new() { [99] = Placement.First })).Errors.Single().Code, Is.EqualTo("entry_not_in_class"));
        Assert.That((await Place(new() { [11] = (Placement)9 })).Errors.Single().Code, Is.EqualTo("placements_invalid"));
    }

    [Test]
    public async Task Another_adjudicator_cannot_place_and_is_told_there_is_no_such_class()
    {
        Assert.That((await Place(new() { [11] = Placement.First }, user: "other")).Errors.Single().Code, Is.EqualTo("class_not_found"));
    }

    [Test]
    public async Task Submitting_needs_a_mark_for_every_entry_that_appeared_and_submits_nothing_otherwise()
    {
        Session();
        _f.Keep(11, "90", Placement.First);
        _f.Keep(12, null);
        _f.Keep(13, null, appearance: Appearance.Scratched);

        var submitted = await Submit();

        Assert.That(submitted.Errors.Single().Message, Is.EqualTo("Performer 12 in class 2105A has no mark: give one, or record that they did not appear."));
        Assert.That(_f.ClassResult.IsSubmitted, Is.False);
        Assert.That(_f.Mediator.Published(), Is.Empty);
    }

    [Test]
    public async Task Submitting_a_complete_session_locks_its_classes_and_announces_it_once()
    {
        Session();
        _f.Keep(11, "90", Placement.First);
        _f.Keep(12, "85", Placement.Second);
        _f.Keep(13, null, appearance: Appearance.Scratched);

        var first = await Submit();
        var again = await Submit();

        Assert.That(first.Succeeded, Is.True, first.ToString());
        Assert.That(first.Value.ClassIds, Is.EqualTo(new[] { ResultHandlerFixture.ClassId }));
        Assert.That(_f.ClassResult.IsSubmitted, Is.True);
        Assert.That(again.Value.ClassIds, Is.Empty);
        Assert.That(_f.Mediator.Published().OfType<SessionResultsSubmittedNotification>().Count(), Is.EqualTo(1));
    }

    [Test]
    public async Task Placements_breaking_the_minimum_stop_a_submission()
    {
        Session();
        _f.Keep(11, "90", Placement.First);
        _f.Keep(12, null, appearance: Appearance.Scratched);
        _f.Keep(13, null, appearance: Appearance.Scratched);

        var submitted = await Submit();

        Assert.That(submitted.Errors.Single().Message, Does.StartWith("Class 2105A: Placements are awarded only in classes of at least 2"));
    }

    [Test]
    public async Task Another_adjudicator_cannot_submit_the_session()
    {
        Session();

        Assert.That((await Submit("other")).Errors.Single().Code, Is.EqualTo("session_not_found"));
    }
}
