namespace Festival.Domain.Scheduling;

/// <summary>Blocking: a hard rule is broken and needs an explicit, audited override. Warning: a soft goal or a gap.</summary>
public enum ConflictSeverity
{
    Warning,
    Blocking,
}
