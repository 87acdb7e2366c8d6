using Festival.Domain.Results;

namespace Festival.Domain.Tests.Results;

public sealed class PlacementRulesTests
{
    private static PlacedEntry E(int id, Placement? placement, int? mark = null, bool scratched = false) =>
        new(id, $"Entry {id}", placement, scratched, mark);

    [Test]
    public void First_second_and_third_in_a_large_enough_class_are_valid()
    {
        var check = PlacementRules.Check([E(1, Placement.First, 90), E(2, Placement.Second, 85), E(3, Placement.Third, 80), E(4, null, 75)], 3);

        Assert.That(check.Valid, Is.True);
        Assert.That(check.Warnings, Is.Empty);
    }

    [Test]
    public void No_placements_at_all_is_valid_even_in_a_small_class()
    {
        Assert.That(PlacementRules.Check([E(1, null)], 3).Valid, Is.True);
    }

    [Test]
    public void A_second_without_a_first_is_refused()
    {
        var check = PlacementRules.Check([E(1, Placement.Second), E(2, null), E(3, null)], 1);

        Assert.That(check.Problems, Is.EqualTo(new[] { "2nd is awarded but no 1st: places cannot skip." }));
    }

    [Test]
    public void A_third_without_a_second_is_refused()
    {
        var check = PlacementRules.Check([E(1, Placement.First), E(2, Placement.Third), E(3, null)], 1);

        Assert.That(check.Problems, Is.EqualTo(new[] { "3rd is awarded but no 2nd: places cannot skip." }));
    }

    [Test]
    public void An_honourable_mention_needs_a_first_but_not_a_second_or_third()
    {
        Assert.That(PlacementRules.Check([E(1, Placement.First), E(2, Placement.HonourableMention)], 1).Valid, Is.True);
        Assert.That(PlacementRules.Check([E(1, Placement.HonourableMention)], 1).Problems,
            Is.EqualTo(new[] { "Honourable Mention is awarded but no 1st: places cannot skip." }));
    }

    [Test]
    public void Ties_are_allowed_and_after_two_firsts_the_next_place_is_second()
    {
        var check = PlacementRules.Check([E(1, Placement.First, 90), E(2, Placement.First, 90), E(3, Placement.Second, 85), E(4, Placement.HonourableMention, 80)], 3);

        Assert.That(check.Valid, Is.True);
        Assert.That(check.Warnings, Is.Empty);
    }

    [Test]
    public void A_class_below_the_minimum_gets_no_placements_and_scratched_entries_do_not_count()
    {
        var check = PlacementRules.Check([E(1, Placement.First), E(2, null), E(3, null, scratched: true)], 3);

        Assert.That(check.Problems, Is.EqualTo(new[] { "Placements are awarded only in classes of at least 3 performing entries; this class has 2." }));
        Assert.That(PlacementRules.Check([E(1, Placement.First), E(2, null), E(3, null)], 3).Valid, Is.True, "exactly the minimum is enough");
    }

    [Test]
    public void A_scratched_entry_cannot_be_placed()
    {
        var check = PlacementRules.Check([E(1, Placement.First), E(2, Placement.First, scratched: true), E(3, null)], 1);

        Assert.That(check.Problems, Is.EqualTo(new[] { "Entry 2 did not perform (scratched) and cannot be placed." }));
    }

    [Test]
    public void Every_problem_is_reported_at_once()
    {
        var check = PlacementRules.Check([E(1, Placement.Third), E(2, Placement.HonourableMention)], 5);

        Assert.That(check.Problems, Has.Count.EqualTo(3));
    }

    [Test]
    public void A_better_place_with_a_lower_mark_is_allowed_with_a_warning()
    {
        var check = PlacementRules.Check([E(1, Placement.First, 84), E(2, Placement.Second, 88)], 1);

        Assert.That(check.Valid, Is.True);
        Assert.That(check.Warnings, Is.EqualTo(new[] { "Entry 1 is placed 1st with a lower mark than Entry 2, placed 2nd." }));
    }

    [Test]
    public void Placements_from_marks_tie_equal_marks_and_skip_scratched_and_unmarked_entries()
    {
        var suggested = PlacementRules.FromMarks(
            [E(1, null, 90), E(2, null, 90), E(3, null, 85), E(4, null, 80), E(5, null, 70), E(6, null, 99, scratched: true), E(7, null)], 3);

        Assert.That(suggested, Is.EquivalentTo(new Dictionary<int, Placement>
        {
            [1] = Placement.First, [2] = Placement.First, [3] = Placement.Second, [4] = Placement.Third,
        }));
        Assert.That(PlacementRules.FromMarks([E(1, null, 90), E(2, null, 80)], 3), Is.Empty);
    }

    [TestCase("1st", Placement.First)]
    [TestCase("second", Placement.Second)]
    [TestCase("3", Placement.Third)]
    [TestCase("hm", Placement.HonourableMention)]
    [TestCase("Honourable Mention", Placement.HonourableMention)]
    public void Placements_are_read_as_people_write_them(string text, Placement placement)
    {
        Assert.That(Placements.Parse(text), Is.EqualTo(placement));
        Assert.That(Placements.Parse("5th"), Is.Null);
    }
}
