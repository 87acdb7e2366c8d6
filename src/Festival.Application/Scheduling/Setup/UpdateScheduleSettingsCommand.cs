using Festival.Domain.Scheduling;

namespace Festival.Application.Scheduling.Setup;

/// <summary>
/// Sets how the season's schedule is built: adjudication and warm-up seconds per entry (for classes that set neither),
/// the summary seconds per class, the changeovers and the soft-goal weights.
/// </summary>
public sealed record UpdateScheduleSettingsCommand(
    int AdjudicationSecondsPerEntry, int WarmUpSecondsPerEntry, int SummarySecondsPerClass, ChangeoverRules Changeover, SoftGoalWeights Weights, string? Season = null)
    : IRequest<Result>, ITransactionalRequest;
