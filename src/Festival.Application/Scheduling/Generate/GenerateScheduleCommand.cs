namespace Festival.Application.Scheduling.Generate;

/// <summary>
/// Generates the season's schedule (<paramref name="Season"/>: its name, or the current season). A preview
/// (<paramref name="Commit"/> false) reports the quality and writes nothing; a commit replaces the season's scheduled
/// classes with the generated ones in one transaction, keeping pinned classes where they are pinned. The same season
/// and <paramref name="Seed"/> give the same schedule.
/// </summary>
public sealed record GenerateScheduleCommand(bool Commit, string? Season = null, int Seed = 1) : IRequest<Result<ScheduleGenerationReport>>, ITransactionalRequest;
