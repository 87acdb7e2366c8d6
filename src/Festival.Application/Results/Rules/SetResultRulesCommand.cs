namespace Festival.Application.Results.Rules;

/// <summary>
/// Festival staff set a season's results rules: the mark scale (<c>60-100, Gold 90+</c> or <c>I, II, III</c>), the
/// fewest performing entries a class needs for placements, the recommendations adjudicators choose from (none: free
/// text), whether the public results show marks, and the certificate band (a band or descriptor of the scale from which
/// an unplaced entry gets a certificate; blank: placed entries only).
/// </summary>
public sealed record SetResultRulesCommand(
    string? UserId, string? Season, string Scale, int MinimumEntriesForPlacements, IReadOnlyList<string> Recommendations, bool PublicMarks,
    string? CertificateBand = null)
    : IRequest<Result<ResultRulesSetNotification>>, ITransactionalRequest;

public sealed record ResultRulesSetNotification(
    int SeasonId, string SeasonName, string Scale, int MinimumEntriesForPlacements, IReadOnlyList<string> Recommendations, bool PublicMarks, string? CertificateBand,
    string? ActorUserId, DateTimeOffset At)
    : INotification;
