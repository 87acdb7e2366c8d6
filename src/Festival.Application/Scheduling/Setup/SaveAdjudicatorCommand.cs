namespace Festival.Application.Scheduling.Setup;

/// <summary>
/// Makes a person an adjudicator of the season (no <paramref name="AdjudicatorId"/>), or changes an adjudicator's
/// disciplines and available days (none: every day). <paramref name="Season"/>: the season's name, or the current one.
/// </summary>
public sealed record SaveAdjudicatorCommand(
    int PersonId, IReadOnlyList<string> Disciplines, IReadOnlyList<DateOnly> AvailableDays, int? AdjudicatorId = null, string? Season = null)
    : IRequest<Result<int>>, ITransactionalRequest;
