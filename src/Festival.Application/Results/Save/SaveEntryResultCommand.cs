using Festival.Domain.Results;

namespace Festival.Application.Results.Save;

/// <summary>
/// Saves what the adjudicator has typed for one entry: mark (blank: none yet), comments, recommendation. The client
/// numbers its saves (<paramref name="Version"/>, increasing with each change); the highest version is kept, so a save
/// sent twice is stored once and an older save arriving after a newer one is reported stale and not applied.
/// The session's adjudicator may save until the session is submitted; festival staff (<paramref name="AsStaff"/>) always.
/// </summary>
public sealed record SaveEntryResultCommand(
    string UserId, int EntryId, long Version, string? Mark, string? Comments, string? Recommendation, bool AsStaff = false)
    : IRequest<Result<EntryResultSaved>>, ITransactionalRequest;

/// <summary>What the save did, and the version the server keeps now.</summary>
public sealed record EntryResultSaved(int EntryId, SaveOutcome Outcome, long Version, string? Mark, string? Band);
