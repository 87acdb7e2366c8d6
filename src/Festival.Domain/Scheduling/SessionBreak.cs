namespace Festival.Domain.Scheduling;

/// <summary>A pause inside a session (lunch, tea): no class runs during it.</summary>
public sealed record SessionBreak(TimeOnly Start, TimeOnly End);
