using Festival.Application.Scheduling.Edit;

namespace Festival.Application.Scheduling.View;

/// <summary>Checks the season's stored schedule against every rule: its conflicts (blocking first) and soft penalty.</summary>
public sealed record CheckScheduleQuery(string? Season) : IRequest<Result<ScheduleCheckReport>>;

public sealed record ScheduleCheckReport(int SeasonId, string Season, int PartsScheduled, IReadOnlyList<ScheduleConflictView> Conflicts, double SoftPenalty)
{
    public int BlockingCount => Conflicts.Count(c => c.IsBlocking);
}
