namespace Festival.Domain.Scheduling;

/// <summary>
/// How much each soft goal weighs in the soft penalty. Units: <paramref name="YoungerEarlier"/> per hour the youngest
/// class starts after the festival day begins (scaled down for older classes); <paramref name="SchoolGroupsOneDay"/> per
/// extra day a school's groups are spread over; <paramref name="FewerDaysPerParticipant"/> per extra festival day of a
/// performer; <paramref name="AccompanistPacked"/> per idle hour between an accompanist's classes on one day;
/// <paramref name="SessionsEven"/> per unit of Σ (fill − mean fill)² over the used sessions (fill between 0 and 1).
/// </summary>
public sealed record SoftGoalWeights(
    double YoungerEarlier = 1,
    double SchoolGroupsOneDay = 5,
    double FewerDaysPerParticipant = 1,
    double AccompanistPacked = 1,
    double SessionsEven = 10)
{
    public static SoftGoalWeights Default { get; } = new();
}
