namespace Festival.Application.Results.Rules;

/// <summary>
/// Festival staff set a season's results rules: the mark scale (<c>60-100, Gold 90+</c> or <c>I, II, III</c>), the
/// fewest performing entries a class needs for placements, the recommendations adjudicators choose from (none: free
/// text), and whether the public results show marks.
/// </summary>
public sealed record SetResultRulesCommand(
    string? UserId, string? Season, string Scale, int MinimumEntriesForPlacements, IReadOnlyList<string> Recommendations, bool PublicMarks)
    : IRequest<Result<ResultRulesSetNotification>>, ITransactionalRequest;

public sealed record ResultRulesSetNotification(
    int SeasonId, string SeasonName, string Scale, int MinimumEntriesForPlacements, IReadOnlyList<string> Recommendations, bool PublicMarks, string? ActorUserId, DateTimeOffset At)
    : INotification;
