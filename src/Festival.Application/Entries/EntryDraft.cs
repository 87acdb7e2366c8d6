namespace Festival.Application.Entries;

/// <summary>
/// An entry as a family or teacher describes it: the class, the performers (people the account enters), the teacher and
/// accompanist by profile code, and 1–5 pieces.
/// </summary>
public sealed record EntryDraft(
    int ClassId,
    IReadOnlyList<int> PersonIds,
    IReadOnlyList<PieceDraft> Pieces,
    string? TeacherCode = null,
    string? AccompanistCode = null,
    string? Comments = null);
