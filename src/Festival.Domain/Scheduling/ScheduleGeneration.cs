namespace Festival.Domain.Scheduling;

/// <summary>A generated schedule and its quality figures.</summary>
public sealed record ScheduleGeneration(Schedule Schedule, ScheduleQuality Quality);
