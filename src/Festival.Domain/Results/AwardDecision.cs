namespace Festival.Domain.Results;

/// <summary>
/// Festival staff's choice of winner for a tied award: the entry chosen and the tied entries it was chosen from. It
/// applies only while the award is still tied between exactly those entries; once results change it no longer does.
/// </summary>
public sealed class AwardDecision
{
    private AwardDecision()
    {
    }

    public AwardDecision(int seasonId, string award, int entryId, IEnumerable<int> candidates, string? decidedByUserId, DateTimeOffset decidedAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(award);
        SeasonId = seasonId;
        Award = award.Trim();
        Decide(entryId, candidates, decidedByUserId, decidedAt);
    }

    public int Id { get; private set; }

    public int SeasonId { get; private set; }

    /// <summary>The award's name (unique in its season).</summary>
    public string Award { get; private set; } = string.Empty;

    public int EntryId { get; private set; }

    /// <summary>The tied entries' ids, ascending, comma-separated.</summary>
    public string Candidates { get; private set; } = string.Empty;

    public string? DecidedByUserId { get; private set; }

    public DateTimeOffset DecidedAt { get; private set; }

    public IReadOnlyList<int> CandidateIds =>
        [.. Candidates.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(c => int.Parse(c, System.Globalization.CultureInfo.InvariantCulture))];

    public void Decide(int entryId, IEnumerable<int> candidates, string? decidedByUserId, DateTimeOffset decidedAt)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        EntryId = entryId;
        Candidates = Key(candidates);
        DecidedByUserId = decidedByUserId;
        DecidedAt = decidedAt;
    }

    public void Rename(string award) => Award = award.Trim();

    /// <summary>Whether this decision still settles <paramref name="outcome"/>: still a tie, between the same entries.</summary>
    public bool AppliesTo(AwardOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        return outcome.IsTie && Key(outcome.Winners.Select(w => w.EntryId)) == Candidates && outcome.Winners.Any(w => w.EntryId == EntryId);
    }

    private static string Key(IEnumerable<int> ids) =>
        string.Join(',', ids.Distinct().Order().Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
}
