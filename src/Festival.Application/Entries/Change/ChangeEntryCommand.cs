namespace Festival.Application.Entries.Change;

/// <summary>What can be changed about a submitted entry: its repertoire, teacher and accompanist (by profile code) and comments.</summary>
public sealed record EntryChange(IReadOnlyList<PieceDraft> Pieces, string? TeacherCode = null, string? AccompanistCode = null, string? Comments = null);

/// <summary>
/// Changes an entry in place, after the checks a new entry passes (performers by relationship, class rules, repertoire
/// against the class's time limit). Its submitter may until the entry deadline (or the end of a late window) unless
/// the invoice is paid; festival staff (<paramref name="AsStaff"/>) at any time. Anyone else is told there is no such
/// entry. Returns the names of what changed (none when the form said what was already there).
/// </summary>
public sealed record ChangeEntryCommand(string UserId, int EntryId, EntryChange Change, bool AsStaff = false)
    : IRequest<Result<EntryChanged>>, ITransactionalRequest;

public sealed record EntryChanged(int EntryId, IReadOnlyList<string> Changes);
