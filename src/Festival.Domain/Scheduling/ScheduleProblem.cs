namespace Festival.Domain.Scheduling;

/// <summary>
/// Everything the scheduler needs and nothing more: the classes to place (with their entries and the people each
/// involves), the sessions to place them in, the pins staff set by hand, the changeover times and the weights of the
/// soft goals. Callers build it from the season; the engine never reads a database.
/// </summary>
public sealed record ScheduleProblem(
    IReadOnlyList<ClassToSchedule> Classes,
    IReadOnlyList<SessionSlot> Sessions,
    IReadOnlyList<SchedulePin> Pins,
    ChangeoverRules Changeover,
    SoftGoalWeights Weights);
