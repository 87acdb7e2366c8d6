namespace Festival.Application.Scheduling.View;

/// <summary>The season's schedule as stored (<paramref name="Season"/>: its name, or the current season).</summary>
public sealed record GetScheduleQuery(string? Season) : IRequest<Result<ScheduleView>>;
