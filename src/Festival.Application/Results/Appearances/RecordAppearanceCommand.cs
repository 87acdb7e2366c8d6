using Festival.Domain.Results;

namespace Festival.Application.Results.Appearances;

/// <summary>
/// The session clerk (festival staff) or the session's adjudicator records whether an entry appeared: late, performed,
/// or scratched (did not appear; a scratched entry loses its placement).
/// </summary>
public sealed record RecordAppearanceCommand(string UserId, int EntryId, Appearance Appearance, bool AsStaff = false) : IRequest<Result>, ITransactionalRequest;
