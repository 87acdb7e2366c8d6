using Festival.Application.Entries;
using Festival.Domain.Results;

namespace Festival.Application.Results;

/// <summary>A session as its adjudicator and the staff list it.</summary>
public sealed record SessionSummary(
    int Id, DateOnly Date, TimeOnly Start, TimeOnly End, string Place, string? Adjudicator, int Classes, int Entries, bool Submitted);

/// <summary>A session and whose it is: the account of its adjudicator (null when the adjudicator has no account).</summary>
public sealed record SessionInfo(
    int Id, int SeasonId, DateOnly Date, TimeOnly Start, TimeOnly End, string Place, string? Adjudicator, string? AdjudicatorUserId, IReadOnlyList<int> ClassIds);

/// <summary>What an adjudicator works through: the session's classes in order, each with its entries in performance order.</summary>
public sealed record SessionSheet(SessionInfo Session, IReadOnlyList<SheetClass> Classes);

public sealed record SheetClass(int ClassId, string Code, string Name, TimeOnly Start, int Part, int PartCount, bool Submitted, IReadOnlyList<SheetEntry> Entries);

public sealed record SheetEntry(
    int EntryId,
    int Position,
    IReadOnlyList<string> Performers,
    IReadOnlyList<PieceLine> Pieces,
    string? Teacher,
    string? Accompanist,
    string? Mark,
    string? Comments,
    string? Recommendation,
    Placement? Placement,
    Appearance Appearance,
    long Version);

/// <summary>
/// The schedule as results need it: which sessions an adjudicator sits, and what each session holds. Access to a
/// session's results follows the session's adjudicator (their person's account), never a known id.
/// </summary>
public interface IAdjudication
{
    /// <summary>Whether <paramref name="userId"/> adjudicates a session that holds class <paramref name="classId"/>.</summary>
    Task<bool> AdjudicatesAsync(string userId, int classId, CancellationToken cancellationToken);

    /// <summary>Each class's adjudicator by name: the adjudicator of its first session (classes without one are left out).</summary>
    Task<IReadOnlyDictionary<int, string>> AdjudicatorNamesAsync(IReadOnlyCollection<int> classIds, CancellationToken cancellationToken);

    /// <summary>The season's sessions, in time order; only those <paramref name="adjudicatorUserId"/> sits when given.</summary>
    Task<IReadOnlyList<SessionSummary>> SessionsAsync(int seasonId, string? adjudicatorUserId, CancellationToken cancellationToken);

    Task<SessionInfo?> FindSessionAsync(int sessionId, CancellationToken cancellationToken);

    Task<SessionSheet> SheetAsync(SessionInfo session, CancellationToken cancellationToken);

    /// <summary>Who adjudicates each scheduled class of the season (a split class may name several).</summary>
    Task<IReadOnlyList<ClassAdjudicator>> ClassAdjudicatorsAsync(int seasonId, CancellationToken cancellationToken);
}

public sealed record ClassAdjudicator(int ClassId, string Adjudicator);
