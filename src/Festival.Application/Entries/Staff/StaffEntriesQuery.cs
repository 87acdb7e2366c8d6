using Festival.Application.Reports;

namespace Festival.Application.Entries.Staff;

/// <summary>
/// The season's entries (the current season unless named) for festival staff, filtered by class (a number like
/// <c>2105</c> or <c>2105A</c>, or words of its name), performer (person or group name), payer (email) and status.
/// Withdrawn entries are listed from the record kept when each was withdrawn.
/// </summary>
public sealed record StaffEntriesQuery(
    string? Season = null,
    string? Class = null,
    string? Person = null,
    string? Payer = null,
    StaffEntryStatus Status = StaffEntryStatus.Current,
    int Page = 1,
    int PageSize = ReportPaging.DefaultPageSize) : IRequest<Result<StaffEntries>>;

public enum StaffEntryStatus
{
    /// <summary>Every entry the season has now.</summary>
    Current,

    /// <summary>Entries submitted online whose payer's invoice is not covered by payments.</summary>
    Unpaid,

    /// <summary>Entries whose payer's payments cover their invoice (locked for the family).</summary>
    Paid,

    Withdrawn,
}

public sealed record StaffEntries(string Season, StaffEntryStatus Status, PagedList<StaffEntryRow> Rows);

/// <summary>
/// An entry, or a withdrawn one (<see cref="WithdrawnAt"/> set; <see cref="EntryId"/> is then the id it had).
/// <see cref="MediaConsent"/>: whether the season's photo and recording consent covers every performer: <c>Yes</c>,
/// <c>No</c> (someone declined) or <c>Not answered</c> (treat as no).
/// </summary>
public sealed record StaffEntryRow(
    int EntryId, string ClassCode, string ClassName, string Performers, string? PayerEmail, long TotalCents, bool Paid,
    DateTimeOffset? WithdrawnAt = null, bool WithdrawnByStaff = false, string? MediaConsent = null);
