namespace Festival.Application.Results.Submit;

/// <summary>
/// The adjudicator hands in a session's results: every entry that appeared has a mark and every class's placements
/// follow the rules, or nothing is submitted. After this only festival staff change them. Submitting again changes
/// nothing and announces nothing.
/// </summary>
public sealed record SubmitSessionResultsCommand(string UserId, int SessionId, bool AsStaff = false)
    : IRequest<Result<SessionResultsSubmittedNotification>>, ITransactionalRequest;
