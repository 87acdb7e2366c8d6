using Festival.Domain.Results;

namespace Festival.Domain.Tests.Results;

public sealed class AwardsTests
{
    private static AwardCandidate C(int id, string code, string discipline, string level, int? mark, Placement? placement = null, bool scratched = false) =>
        new(id, $"Performer {id}", code, discipline, level, mark, mark?.ToString(System.Globalization.CultureInfo.InvariantCulture), placement, scratched);

    private static readonly AwardCandidate[] Results =
    [
        C(1, "2105A", "Piano", "Grade 5", 88, Placement.First),
        C(2, "2105A", "Piano", "Grade 5", 84, Placement.Second),
        C(3, "2106", "Piano", "Grade 6", 91, Placement.First),
        C(4, "2200", "Piano", "Grade 5", 88, Placement.Second),
        C(5, "1010", "Vocal", "Junior", 95, Placement.First),
        C(6, "2105A", "Piano", "Grade 5", 99, scratched: true),
        C(7, "2105A", "Piano", "Grade 5", null),
    ];

    [Test]
    public void The_highest_mark_in_a_discipline_wins_whatever_the_level()
    {
        var outcome = Awards.Compute([new AwardRule("Piano Rose Bowl", Discipline: "piano")], Results).Single();

        Assert.That(outcome.HasWinner, Is.True);
        Assert.That(outcome.Winners.Single().EntryId, Is.EqualTo(3));
        Assert.That(outcome.Mark, Is.EqualTo("91"));
    }

    [Test]
    public void Equal_highest_marks_in_a_discipline_and_level_are_reported_as_a_tie_for_staff_to_decide()
    {
        var outcome = Awards.Compute([new AwardRule("Grade 5 Piano Award", Discipline: "Piano", Level: "Grade 5")], Results).Single();

        Assert.That(outcome.IsTie, Is.True);
        Assert.That(outcome.HasWinner, Is.False);
        Assert.That(outcome.Winners.Select(w => w.EntryId), Is.EqualTo(new[] { 1, 4 }));
    }

    [Test]
    public void A_class_group_award_covers_only_its_classes_and_can_require_a_first_place()
    {
        var group = new AwardRule("Best Baroque", ClassCodes: ["2105A", "2200"]);
        var firstsOnly = group with { Name = "Baroque Cup", FirstPlaceOnly = true };

        var outcomes = Awards.Compute([group, firstsOnly], Results);

        Assert.That(outcomes[0].Winners.Select(w => w.EntryId), Is.EqualTo(new[] { 1, 4 }), "tied on 88 across the two classes");
        Assert.That(outcomes[1].Winners.Select(w => w.EntryId), Is.EqualTo(new[] { 1 }), "entry 4 was placed 2nd");
        Assert.That(outcomes[1].Award, Is.EqualTo("Baroque Cup"));
    }

    [Test]
    public void Scratched_and_unmarked_entries_never_win()
    {
        var outcome = Awards.Compute([new AwardRule("Class 2105A Trophy", ClassCodes: ["2105a"])], Results).Single();

        Assert.That(outcome.Winners.Single().EntryId, Is.EqualTo(1), "entry 6 has 99 but was scratched");
    }

    [Test]
    public void An_award_nobody_qualifies_for_has_no_winner_and_a_rule_covering_nothing_says_so()
    {
        var outcomes = Awards.Compute([new AwardRule("Strings Shield", Discipline: "Strings"), new AwardRule("Mystery")], Results);

        Assert.That(outcomes[0].Winners, Is.Empty);
        Assert.That(outcomes[0].Problem, Is.Null);
        Assert.That(outcomes[1].Problem, Is.EqualTo("Award 'Mystery' covers nothing: give a discipline (and a level) or a set of classes."));
    }

    private static readonly AwardRule Grade5 = new("Grade 5 Piano Award", Discipline: "Piano", Level: "Grade 5");

    [Test]
    public void A_staff_decision_settles_a_tie_while_it_is_between_the_same_entries()
    {
        var decision = new AwardDecision(1, "grade 5 piano award", 4, [4, 1], "staff", DateTimeOffset.UnixEpoch);

        var outcome = Awards.Decide(Awards.Compute([Grade5], Results), [decision]).Single();

        Assert.That(outcome.IsTie, Is.True, "the marks still tie");
        Assert.That(outcome.Decided?.EntryId, Is.EqualTo(4));
        Assert.That(outcome.Winner?.EntryId, Is.EqualTo(4));
        Assert.That(outcome.DecisionLapsed, Is.False);
        Assert.That(decision.CandidateIds, Is.EqualTo(new[] { 1, 4 }));
    }

    [Test]
    public void A_decision_no_longer_applies_once_the_tie_is_gone_or_is_between_other_entries()
    {
        var decision = new AwardDecision(1, "Grade 5 Piano Award", 4, [1, 4], "staff", DateTimeOffset.UnixEpoch);
        AwardCandidate[] broken = [.. Results.Where(r => r.EntryId != 1), C(1, "2105A", "Piano", "Grade 5", 90, Placement.First)];
        AwardCandidate[] widened = [.. Results, C(8, "2105A", "Piano", "Grade 5", 88)];

        var noTie = Awards.Decide(Awards.Compute([Grade5], broken), [decision]).Single();
        var otherTie = Awards.Decide(Awards.Compute([Grade5], widened), [decision]).Single();
        var undecided = Awards.Compute([Grade5], Results).Single();

        Assert.That(noTie.Winner?.EntryId, Is.EqualTo(1), "entry 1 now wins outright");
        Assert.That(noTie.Decided, Is.Null);
        Assert.That(noTie.DecisionLapsed, Is.True);
        Assert.That(otherTie.Winners.Select(w => w.EntryId), Is.EqualTo(new[] { 1, 8, 4 }));
        Assert.That(otherTie.Winner, Is.Null, "a three-way tie is not the one decided");
        Assert.That(otherTie.DecisionLapsed, Is.True);
        Assert.That(undecided.Winner, Is.Null);
        Assert.That(undecided.DecisionLapsed, Is.False);
    }

    [Test]
    public void A_season_award_keeps_its_rule_trimmed_with_each_class_once()
    {
        var award = new SeasonAward(1, new AwardRule(" Baroque Cup ", " ", null, ["2105A", " 2105a", "", "2200"], FirstPlaceOnly: true));

        var rule = award.ToRule();
        Assert.That((rule.Name, rule.Discipline, rule.Level, rule.FirstPlaceOnly), Is.EqualTo(("Baroque Cup", (string?)null, (string?)null, true)));
        Assert.That(rule.ClassCodes, Is.EqualTo(new[] { "2105A", "2200" }));
    }
}
