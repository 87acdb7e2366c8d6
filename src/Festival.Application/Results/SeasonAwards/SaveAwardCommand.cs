namespace Festival.Application.Results.SeasonAwards;

/// <summary>
/// Festival staff add an award or trophy to a season, or change one (<see cref="OriginalName"/>: the award changed). It
/// covers a discipline (optionally one level) or a set of class codes, optionally only entries placed 1st. The first
/// change to a season's awards copies the configured awards into it.
/// </summary>
public sealed record SaveAwardCommand(
    string? UserId, string? Season, string? OriginalName, string Name, string? Discipline, string? Level, IReadOnlyList<string> Classes, bool FirstPlaceOnly)
    : IRequest<Result<AwardSavedNotification>>, ITransactionalRequest;

public sealed record AwardSavedNotification(
    int SeasonId, string SeasonName, string? OriginalName, string Name, string? Discipline, string? Level, IReadOnlyList<string> Classes, bool FirstPlaceOnly,
    string? ActorUserId, DateTimeOffset At)
    : INotification;

/// <summary>Festival staff remove one of a season's awards (and any decision of its tie).</summary>
public sealed record RemoveAwardCommand(string? UserId, string? Season, string Name) : IRequest<Result<AwardRemovedNotification>>, ITransactionalRequest;

public sealed record AwardRemovedNotification(int SeasonId, string SeasonName, string Name, string? ActorUserId, DateTimeOffset At) : INotification;
