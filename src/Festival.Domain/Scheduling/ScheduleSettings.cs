namespace Festival.Domain.Scheduling;

/// <summary>
/// How one season's schedule is built: the time each entry and each class takes beyond its music, the changeovers people
/// need, and the weights of the soft goals. A season without a row uses <see cref="ForSeason"/>'s defaults.
/// </summary>
public sealed class ScheduleSettings
{
    private ScheduleSettings()
    {
    }

    public static ScheduleSettings ForSeason(int seasonId) => new()
    {
        SeasonId = seasonId,
        AdjudicationSecondsPerEntry = 120,
        WarmUpSecondsPerEntry = 60,
        SummarySecondsPerClass = 600,
        ChangeoverWithinVenueSeconds = (int)ChangeoverRules.Default.WithinVenue.TotalSeconds,
        ChangeoverBetweenVenuesSeconds = (int)ChangeoverRules.Default.BetweenVenues.TotalSeconds,
        YoungerEarlierWeight = SoftGoalWeights.Default.YoungerEarlier,
        SchoolGroupsOneDayWeight = SoftGoalWeights.Default.SchoolGroupsOneDay,
        FewerDaysPerParticipantWeight = SoftGoalWeights.Default.FewerDaysPerParticipant,
        AccompanistPackedWeight = SoftGoalWeights.Default.AccompanistPacked,
        SessionsEvenWeight = SoftGoalWeights.Default.SessionsEven,
    };

    public int SeasonId { get; private set; }

    /// <summary>Adjudication time per entry, for classes that do not set their own.</summary>
    public int AdjudicationSecondsPerEntry { get; private set; }

    /// <summary>Warm-up and stage change per entry, for classes that do not set their own.</summary>
    public int WarmUpSecondsPerEntry { get; private set; }

    /// <summary>The adjudicator's closing remarks and awards, once per class (per part of a split class).</summary>
    public int SummarySecondsPerClass { get; private set; }

    public int ChangeoverWithinVenueSeconds { get; private set; }

    public int ChangeoverBetweenVenuesSeconds { get; private set; }

    public double YoungerEarlierWeight { get; private set; }

    public double SchoolGroupsOneDayWeight { get; private set; }

    public double FewerDaysPerParticipantWeight { get; private set; }

    public double AccompanistPackedWeight { get; private set; }

    public double SessionsEvenWeight { get; private set; }

    public ChangeoverRules Changeover =>
        new(TimeSpan.FromSeconds(ChangeoverBetweenVenuesSeconds), TimeSpan.FromSeconds(ChangeoverWithinVenueSeconds));

    public SoftGoalWeights Weights =>
        new(YoungerEarlierWeight, SchoolGroupsOneDayWeight, FewerDaysPerParticipantWeight, AccompanistPackedWeight, SessionsEvenWeight);

    /// <summary>Why these settings cannot be used, or null when they can.</summary>
    public static string? Problem(int adjudicationSeconds, int warmUpSeconds, int summarySeconds, ChangeoverRules changeover, SoftGoalWeights weights)
    {
        ArgumentNullException.ThrowIfNull(changeover);
        ArgumentNullException.ThrowIfNull(weights);
        return adjudicationSeconds < 0 || warmUpSeconds < 0 || summarySeconds < 0 ? "times per entry and per class are zero or more"
            : changeover.WithinVenue < TimeSpan.Zero || changeover.BetweenVenues < TimeSpan.Zero ? "changeovers are zero or more"
            : new[] { weights.YoungerEarlier, weights.SchoolGroupsOneDay, weights.FewerDaysPerParticipant, weights.AccompanistPacked, weights.SessionsEven }
                .Any(w => w < 0 || double.IsNaN(w) || double.IsInfinity(w)) ? "soft-goal weights are zero or more"
            : null;
    }

    public void Update(int adjudicationSeconds, int warmUpSeconds, int summarySeconds, ChangeoverRules changeover, SoftGoalWeights weights)
    {
        ArgumentNullException.ThrowIfNull(changeover);
        ArgumentNullException.ThrowIfNull(weights);
        if (Problem(adjudicationSeconds, warmUpSeconds, summarySeconds, changeover, weights) is { } problem)
        {
            throw new ArgumentException(problem, nameof(weights));
        }

        AdjudicationSecondsPerEntry = adjudicationSeconds;
        WarmUpSecondsPerEntry = warmUpSeconds;
        SummarySecondsPerClass = summarySeconds;
        ChangeoverWithinVenueSeconds = (int)changeover.WithinVenue.TotalSeconds;
        ChangeoverBetweenVenuesSeconds = (int)changeover.BetweenVenues.TotalSeconds;
        YoungerEarlierWeight = weights.YoungerEarlier;
        SchoolGroupsOneDayWeight = weights.SchoolGroupsOneDay;
        FewerDaysPerParticipantWeight = weights.FewerDaysPerParticipant;
        AccompanistPackedWeight = weights.AccompanistPacked;
        SessionsEvenWeight = weights.SessionsEven;
    }
}
