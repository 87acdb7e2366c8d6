namespace Festival.Application.Scheduling.Edit;

/// <summary>A conflict as people read it: severity, kind, message, the classes by code and the people by name.</summary>
public sealed record ScheduleConflictView(
    string Severity, string Kind, string Message, IReadOnlyList<string> Classes, IReadOnlyList<PersonRef> People, int? SessionId)
{
    public bool IsBlocking => Severity == nameof(Domain.Scheduling.ConflictSeverity.Blocking);
}

/// <summary>A person named in a conflict.</summary>
public sealed record PersonRef(int Id, string Name);
