namespace Festival.Application.Results.Publish;

/// <summary>
/// Festival staff publish submitted results: those of the classes given, or every submitted class not yet published.
/// Families and teachers are then sent their results, and the public results page shows the placements.
/// </summary>
public sealed record PublishResultsCommand(string? UserId, string? Season = null, IReadOnlyList<int>? ClassIds = null)
    : IRequest<Result<ResultsPublishedNotification>>, ITransactionalRequest;
