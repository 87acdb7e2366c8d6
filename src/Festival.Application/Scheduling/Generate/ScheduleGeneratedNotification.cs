namespace Festival.Application.Scheduling.Generate;

/// <summary>A generated schedule was written over the season's scheduled classes.</summary>
public sealed record ScheduleGeneratedNotification(
    int SeasonId, string Season, int ClassesPlaced, int Unplaced, int HardViolations, double SoftPenalty, int SessionsUsed, int SessionsLowerBound,
    int Seed, string? ActorUserId, DateTimeOffset At) : INotification;
