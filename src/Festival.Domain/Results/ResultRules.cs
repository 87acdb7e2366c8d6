namespace Festival.Domain.Results;

/// <summary>
/// A season's results settings: the mark scale (kept as its <see cref="MarkScale.Spec"/>), the fewest performing entries
/// a class needs before placements are awarded, the recommendations an adjudicator may make (free text when none are
/// listed), whether the public results show marks, and the certificate band. Its awards are <see cref="SeasonAward"/>
/// rows once <see cref="OwnAwards"/> is set; until then the season has the configured awards.
/// </summary>
public sealed class ResultRules
{
    public const int MaxRecommendationsLength = 2000;

    private ResultRules()
    {
    }

    public ResultRules(
        int seasonId, MarkScale scale, int minimumEntriesForPlacements, IEnumerable<string> recommendations, bool publicMarks, string? certificateBand, DateTimeOffset at)
    {
        SeasonId = seasonId;
        Change(scale, minimumEntriesForPlacements, recommendations, publicMarks, certificateBand, at);
    }

    public int SeasonId { get; private set; }

    public string ScaleSpec { get; private set; } = string.Empty;

    public int MinimumEntriesForPlacements { get; private set; }

    /// <summary>The recommendations, one a line.</summary>
    public string Recommendations { get; private set; } = string.Empty;

    public bool PublicMarks { get; private set; }

    /// <summary>The band (or descriptor) from which an unplaced entry gets a certificate; null: placed entries only.</summary>
    public string? CertificateBand { get; private set; }

    /// <summary>Whether the season's awards are its own <see cref="SeasonAward"/> rows (false: the configured awards).</summary>
    public bool OwnAwards { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public MarkScale Scale => MarkScale.Parse(ScaleSpec).Value ?? MarkScale.Default;

    public IReadOnlyList<string> RecommendationList => Recommendations.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public void Change(
        MarkScale scale, int minimumEntriesForPlacements, IEnumerable<string> recommendations, bool publicMarks, string? certificateBand, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(scale);
        ArgumentNullException.ThrowIfNull(recommendations);
        ArgumentOutOfRangeException.ThrowIfNegative(minimumEntriesForPlacements);
        ScaleSpec = scale.Spec;
        MinimumEntriesForPlacements = minimumEntriesForPlacements;
        Recommendations = string.Join('\n', recommendations.Select(r => r.Trim()).Where(r => r.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase));
        PublicMarks = publicMarks;
        CertificateBand = string.IsNullOrWhiteSpace(certificateBand) ? null : certificateBand.Trim();
        UpdatedAt = at;
    }

    /// <summary>From now on the season's awards are its own rows (the configured ones are copied in by whoever calls this).</summary>
    public void TakeOwnAwards(DateTimeOffset at)
    {
        OwnAwards = true;
        UpdatedAt = at;
    }

    /// <summary>Why <paramref name="recommendation"/> is not one this season allows, or null (blank is always allowed).</summary>
    public static string? RecommendationProblem(string? recommendation, IReadOnlyList<string> allowed)
    {
        ArgumentNullException.ThrowIfNull(allowed);
        if (string.IsNullOrWhiteSpace(recommendation))
        {
            return null;
        }

        var text = recommendation.Trim();
        if (text.Length > EntryResult.MaxRecommendationLength)
        {
            return $"A recommendation is at most {EntryResult.MaxRecommendationLength} characters.";
        }

        return allowed.Count == 0 || allowed.Contains(text, StringComparer.OrdinalIgnoreCase)
            ? null
            : $"'{text}' is not a recommendation this festival makes: choose one of {string.Join(", ", allowed)}.";
    }
}
