namespace Festival.Domain.Scheduling;

/// <summary>
/// A syllabus class with its entries in performance order. <paramref name="Rank"/> orders age and level: a lower rank is a
/// younger or easier class and goes earlier in the day. <paramref name="SummaryTime"/> is the adjudicator's closing
/// remarks and awards, once per class (once per part when a class is split).
/// </summary>
public sealed record ClassToSchedule(
    Guid Id,
    string Code,
    string Discipline,
    int Rank,
    TimeSpan SummaryTime,
    IReadOnlyList<EntryToSchedule> Entries)
{
    /// <summary>Σ entry slots + the summary time: how long the class holds its room.</summary>
    public TimeSpan Duration => Entries.Aggregate(SummaryTime, (total, entry) => total + entry.Slot);
}
