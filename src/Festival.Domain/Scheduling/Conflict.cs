namespace Festival.Domain.Scheduling;

/// <summary>A broken rule or missed goal, with the classes and people involved and the session where it happens.</summary>
public sealed record Conflict(
    ConflictSeverity Severity,
    ConflictKind Kind,
    string Message,
    IReadOnlyList<Guid> ClassIds,
    IReadOnlyList<Guid> PersonIds,
    Guid? SessionId);
