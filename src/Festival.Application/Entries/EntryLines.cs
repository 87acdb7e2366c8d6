namespace Festival.Application.Entries;

/// <summary>One item of a basket as shown to its account.</summary>
public sealed record BasketLine(int Id, int ClassId, string ClassCode, string ClassName, IReadOnlyList<string> Performers, IReadOnlyList<PieceLine> Pieces, long FeeCents);

public sealed record PieceLine(string Title, string Composer, int DurationSeconds);

/// <summary>One submitted entry as its submitter, its performers' guardians, its teacher or its accompanist see it.</summary>
public sealed record EntryLine(
    int Id, string ClassCode, string ClassName, IReadOnlyList<string> Performers, IReadOnlyList<PieceLine> Pieces,
    int? TeacherId, string? Teacher, string? Accompanist, long FeeCents, long SurchargeCents, string? SubmittedByUserId)
{
    public long TotalCents => FeeCents + SurchargeCents;

    /// <summary>When the festival cancelled the entry's class, if it did.</summary>
    public DateTimeOffset? CancelledAt { get; init; }
}

/// <summary>
/// An entry as its edit form shows it. <paramref name="LockedBecause"/> says why the account may not change it now
/// (deadline passed, invoice paid), or is null.
/// </summary>
public sealed record EntryForChange(
    int Id, int SeasonId, int ClassId, string ClassCode, string ClassName, int? MaxPerformanceSeconds, IReadOnlyList<string> Performers,
    IReadOnlyList<PieceLine> Pieces, string? TeacherCode, string? AccompanistCode, string? Comments, string? SubmittedByUserId, string? LockedBecause = null);
