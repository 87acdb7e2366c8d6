using Festival.Domain.Results;

namespace Festival.Domain.Tests.Results;

public sealed class EntryResultTests
{
    private static readonly DateTimeOffset At = new(2027, 3, 6, 10, 0, 0, TimeSpan.Zero);

    private static EntryResult Result() => new(entryId: 1, classId: 2, seasonId: 3);

    [Test]
    public void A_newer_version_is_kept_with_who_saved_it_and_when()
    {
        var result = Result();

        Assert.That(result.Save(1, new Mark("85", 85), "Lovely tone", null, "judge", At), Is.EqualTo(SaveOutcome.Applied));
        Assert.That(result.Save(2, new Mark("86", 86), " Lovely tone, clear line ", "Provincials", "judge", At.AddSeconds(2)), Is.EqualTo(SaveOutcome.Applied));

        Assert.That((result.Version, result.Mark, result.MarkValue, result.Comments, result.Recommendation), Is.EqualTo((2L, "86", 86, "Lovely tone, clear line", "Provincials")));
        Assert.That((result.SavedByUserId, result.SavedAt), Is.EqualTo(("judge", At.AddSeconds(2))));
    }

    [Test]
    public void An_older_version_arriving_later_is_stale_and_changes_nothing()
    {
        var result = Result();
        result.Save(5, new Mark("90", 90), "final words", null, "judge", At);

        Assert.That(result.Save(3, new Mark("70", 70), "early draft", null, "judge", At.AddMinutes(1)), Is.EqualTo(SaveOutcome.Stale));

        Assert.That((result.Version, result.Mark, result.Comments, result.SavedAt), Is.EqualTo((5L, "90", "final words", At)));
    }

    [Test]
    public void The_same_version_sent_twice_is_a_duplicate_and_with_other_content_is_stale()
    {
        var result = Result();
        result.Save(4, null, "words", null, "judge", At);

        Assert.That(result.Save(4, null, "words", null, "judge", At.AddMinutes(1)), Is.EqualTo(SaveOutcome.Duplicate));
        Assert.That(result.Save(4, null, "other words", null, "staff", At.AddMinutes(1)), Is.EqualTo(SaveOutcome.Stale));
        Assert.That((result.Comments, result.SavedAt, result.SavedByUserId), Is.EqualTo(("words", At, "judge")));
    }

    [Test]
    public void Blank_comments_and_recommendations_are_stored_as_none()
    {
        var result = Result();

        result.Save(1, null, "   ", " ", "judge", At);

        Assert.That((result.Comments, result.Recommendation, result.Mark, result.MarkValue), Is.EqualTo(((string?)null, (string?)null, (string?)null, (int?)null)));
    }

    [Test]
    public void A_version_must_be_positive()
    {
        Assert.That(() => Result().Save(0, null, "x", null, "judge", At), Throws.InstanceOf<ArgumentOutOfRangeException>());
    }

    [Test]
    public void Scratching_an_entry_takes_away_its_placement()
    {
        var result = Result();
        result.Place(Placement.First);

        result.Record(Appearance.Scratched);

        Assert.That((result.Scratched, result.Placement), Is.EqualTo((true, (Placement?)null)));
    }
}
