namespace Festival.Domain.Results;

/// <summary>
/// The adjudicator's result for one entry: mark, comments, recommendation, placement and whether the entry appeared.
/// Saves carry a version chosen by the client, increasing with every change it makes: the highest version is kept, so a
/// save replayed after reconnecting can neither undo a later one nor be stored twice.
/// </summary>
public sealed class EntryResult
{
    public const int MaxCommentsLength = 8000;
    public const int MaxRecommendationLength = 200;
    public const int MaxMarkLength = 30;

    private EntryResult()
    {
    }

    public EntryResult(int entryId, int classId, int seasonId)
    {
        EntryId = entryId;
        ClassId = classId;
        SeasonId = seasonId;
    }

    public int Id { get; private set; }

    public int EntryId { get; private set; }

    public int ClassId { get; private set; }

    public int SeasonId { get; private set; }

    /// <summary>The mark as printed (<c>87</c>, <c>II</c>), or null before one is given.</summary>
    public string? Mark { get; private set; }

    /// <summary>The mark to compare by, higher being better (see <see cref="Results.Mark"/>).</summary>
    public int? MarkValue { get; private set; }

    public string? Comments { get; private set; }

    public string? Recommendation { get; private set; }

    public Placement? Placement { get; private set; }

    public Appearance Appearance { get; private set; }

    public bool Scratched => Appearance == Appearance.Scratched;

    /// <summary>The highest version saved so far (0: nothing saved yet).</summary>
    public long Version { get; private set; }

    public string? SavedByUserId { get; private set; }

    public DateTimeOffset? SavedAt { get; private set; }

    /// <summary>Keeps this save if its version is newer than the kept one; says what it did.</summary>
    public SaveOutcome Save(long version, Mark? mark, string? comments, string? recommendation, string userId, DateTimeOffset at)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(version);
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        var text = Clean(comments);
        var recommended = Clean(recommendation);
        if (version < Version)
        {
            return SaveOutcome.Stale;
        }

        if (version == Version)
        {
            return Mark == mark?.Text && Comments == text && Recommendation == recommended ? SaveOutcome.Duplicate : SaveOutcome.Stale;
        }

        Mark = mark?.Text;
        MarkValue = mark?.Value;
        Comments = text;
        Recommendation = recommended;
        Version = version;
        SavedByUserId = userId;
        SavedAt = at;
        return SaveOutcome.Applied;
    }

    public void Place(Placement? placement) => Placement = placement;

    /// <summary>Records whether the entry appeared; a scratched entry loses its placement.</summary>
    public void Record(Appearance appearance)
    {
        Appearance = appearance;
        if (appearance == Appearance.Scratched)
        {
            Placement = null;
        }
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
