using Festival.Domain.Syllabus;

namespace Festival.Application.Reports.Classes;

public sealed record ClassDetailsView(
    int Id,
    string Season,
    string Class,
    ClassDetails Details,
    IReadOnlyList<ClassEntryView> Entries)
{
    public decimal TotalFees => Entries.Sum(e => e.Fee);

    public long TotalSeconds => Entries.Sum(e => (long)e.Pieces.Sum(p => p.DurationSeconds))
        + (long)(Details.AdjudicationSecondsPerEntry + Details.WarmUpSecondsPerEntry) * Entries.Count;
}

/// <summary>An entry as its class page shows it: performers (people or one group), teacher, accompanist, fee and pieces.</summary>
public sealed record ClassEntryView(
    int Id,
    IReadOnlyList<NamedRef> Performers,
    NamedRef? Group,
    NamedRef? Teacher,
    NamedRef? Accompanist,
    decimal Fee,
    string? Comments,
    IReadOnlyList<EntryPieceView> Pieces);

public sealed record EntryPieceView(int PieceId, string Title, string Composer, int DurationSeconds);
