namespace Festival.Domain.Scheduling;

/// <summary>
/// How good a generated schedule is. <see cref="HardViolations"/> counts blocking conflicts in the placed classes (the
/// generator never creates one, so it is 0 unless a pin forced one); <see cref="Unplaced"/> lists what did not fit and
/// why. <see cref="SessionsLowerBound"/> is the fewest sessions the total class time could fill (the longest sessions
/// first), so staff see how close <see cref="SessionsUsed"/> is.
/// </summary>
public sealed record ScheduleQuality(
    int HardViolations,
    IReadOnlyList<UnplacedClass> Unplaced,
    SoftPenalty Soft,
    int SessionsUsed,
    int SessionsLowerBound,
    TimeSpan TotalClassTime,
    int SplitClasses);
