namespace Festival.Application.Scheduling.Programme;

/// <summary>
/// The public programme of a season (the current one by default): its schedule once published, narrowed to the
/// classes whose code or name, or one of whose performers' or group's names, contains <paramref name="Search"/>.
/// <paramref name="Draft"/> (staff only) gives the schedule as stored even before it is published, to print and proofread.
/// </summary>
public sealed record GetProgrammeQuery(string? Season = null, string? Search = null, bool Draft = false) : IRequest<Result<ProgrammeView>>;
