using Festival.Domain.Seasons;

namespace Festival.Application.Seasons.Fees;

/// <summary>
/// Festival staff set the season's registration fee and n-th entry discount (the current season unless named). Invoices are
/// computed from the settings whenever they are read, so a change reaches every invoice of the season.
/// </summary>
public sealed record SetSeasonFeesCommand(SeasonFees Fees, string? Season = null) : IRequest<Result<SeasonFeesChangedNotification>>, ITransactionalRequest;

public sealed record SeasonFeesChangedNotification(int SeasonId, string SeasonName, SeasonFees Fees, string? ActorUserId, DateTimeOffset At) : INotification;
