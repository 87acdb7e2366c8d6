using Festival.Domain.Results;

namespace Festival.Application.Results.SeasonAwards;

/// <summary>
/// Festival staff decide a tied award: the winner is <see cref="EntryId"/>, which must be one of the entries tied for it
/// now. The decision holds while the tie stays between the same entries; deciding again replaces it.
/// </summary>
public sealed record DecideAwardCommand(string? UserId, string? Season, string Award, int EntryId)
    : IRequest<Result<AwardDecidedNotification>>, ITransactionalRequest;

public sealed record AwardDecidedNotification(
    int SeasonId, string SeasonName, string Award, int EntryId, string Performers, string ClassCode, IReadOnlyList<int> TiedEntryIds, string? ActorUserId,
    DateTimeOffset At)
    : INotification;

/// <summary>The season's award rules (its own, or the configured ones) and their outcomes from the published results, decisions applied.</summary>
public sealed record SeasonAwardsQuery(string? Season = null) : IRequest<Result<SeasonAwardsView>>;

public sealed record SeasonAwardsView(string Season, bool OwnAwards, IReadOnlyList<AwardRule> Rules, IReadOnlyList<AwardOutcome> Outcomes);
