namespace Festival.Application.Seasons.List;

/// <summary>Every season, newest first.</summary>
public sealed record ListSeasonsQuery : IRequest<IReadOnlyList<SeasonSummary>>;
