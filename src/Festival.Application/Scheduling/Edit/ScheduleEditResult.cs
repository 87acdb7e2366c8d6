namespace Festival.Application.Scheduling.Edit;

/// <summary>
/// What an edit did: <see cref="Applied"/> is false when it would leave a blocking conflict and no override was given
/// (then nothing changed). <see cref="Conflicts"/> are those of the classes edited, after the edit.
/// </summary>
public sealed record ScheduleEditResult(bool Applied, bool Overridden, IReadOnlyList<ScheduleConflictView> Conflicts)
{
    public IEnumerable<ScheduleConflictView> Blocking => Conflicts.Where(c => c.IsBlocking);
}
