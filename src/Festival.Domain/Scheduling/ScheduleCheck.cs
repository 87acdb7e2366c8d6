namespace Festival.Domain.Scheduling;

/// <summary>What the checker found: every conflict, and the soft penalty of the schedule.</summary>
public sealed record ScheduleCheck(IReadOnlyList<Conflict> Conflicts, SoftPenalty Soft)
{
    public IEnumerable<Conflict> Blocking => Conflicts.Where(c => c.Severity == ConflictSeverity.Blocking);

    public bool HasBlocking => Blocking.Any();
}
