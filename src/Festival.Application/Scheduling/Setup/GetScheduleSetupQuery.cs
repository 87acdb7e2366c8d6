namespace Festival.Application.Scheduling.Setup;

/// <summary>What the schedule is built on: every venue with its rooms, and the season's adjudicators.</summary>
public sealed record GetScheduleSetupQuery(string? Season) : IRequest<Result<ScheduleSetupView>>;
