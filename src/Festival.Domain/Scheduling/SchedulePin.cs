namespace Festival.Domain.Scheduling;

/// <summary>Staff fixed a class to a session, and optionally to a start time; the generator keeps it there.</summary>
public sealed record SchedulePin(Guid ClassId, Guid SessionId, TimeOnly? Start = null);
