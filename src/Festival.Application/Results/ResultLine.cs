using Festival.Application.Entries;
using Festival.Domain.Results;

namespace Festival.Application.Results;

/// <summary>One entry with its result (all nulls before one is saved), as reports, exports and emails read it.</summary>
public sealed record ResultLine(
    int EntryId,
    int ClassId,
    string ClassCode,
    string ClassName,
    string Discipline,
    string Level,
    IReadOnlyList<int> PerformerIds,
    IReadOnlyList<string> Performers,
    IReadOnlyList<PieceLine> Pieces,
    int? TeacherId,
    string? Teacher,
    string? School,
    string? SubmittedByUserId,
    string? Mark,
    int? MarkValue,
    string? Comments,
    string? Recommendation,
    Placement? Placement,
    Appearance Appearance,
    bool Published)
{
    public string PerformerNames => string.Join(", ", Performers);
}
