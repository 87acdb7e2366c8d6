namespace Festival.Application.Scheduling.Setup;

/// <summary>From <paramref name="Start"/> to <paramref name="End"/> on one day: a session's times or a break.</summary>
public sealed record TimeRange(TimeOnly Start, TimeOnly End);
