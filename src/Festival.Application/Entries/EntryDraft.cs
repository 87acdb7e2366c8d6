namespace Festival.Application.Entries;

/// <summary>
/// An entry as a family or teacher describes it: the class, the performers (people the account enters, or one group it
/// enters: then <paramref name="PersonIds"/> is empty), the teacher and accompanist by profile code, and 1–5 pieces.
/// </summary>
public sealed record EntryDraft(
    int ClassId,
    IReadOnlyList<int> PersonIds,
    IReadOnlyList<PieceDraft> Pieces,
    string? TeacherCode = null,
    string? AccompanistCode = null,
    string? Comments = null,
    int? GroupId = null);
