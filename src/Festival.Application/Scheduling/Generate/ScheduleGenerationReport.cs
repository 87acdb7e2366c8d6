namespace Festival.Application.Scheduling.Generate;

/// <summary>
/// How good a generated schedule is: <see cref="HardViolations"/> (0 unless a pin forced one), the classes that could
/// not be placed and why, the soft penalty, the sessions used against the lower bound (the fewest sessions the total class
/// time could fill), and whether it was written.
/// </summary>
public sealed record ScheduleGenerationReport(
    int SeasonId,
    string Season,
    bool Committed,
    int ClassesPlaced,
    int HardViolations,
    IReadOnlyList<UnplacedClassView> Unplaced,
    double SoftPenalty,
    int SessionsUsed,
    int SessionsLowerBound,
    int SessionsAvailable,
    TimeSpan TotalClassTime,
    int SplitClasses);

/// <summary>A class (or part) the generator could not place, by its id and code, and why.</summary>
public sealed record UnplacedClassView(int ClassId, string Code, int Part, int PartCount, string Reason);
