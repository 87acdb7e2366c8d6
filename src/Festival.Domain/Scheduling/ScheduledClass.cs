namespace Festival.Domain.Scheduling;

/// <summary>
/// A class, or part <see cref="Part"/> of <see cref="PartCount"/> of a class too long for one session, placed in a
/// session at a start time with its entries in performance order. <see cref="Pin"/> tells the generator to keep it
/// where staff put it.
/// </summary>
public sealed class ScheduledClass
{
    private readonly List<ScheduledEntry> _entries = [];

    private ScheduledClass()
    {
    }

    public ScheduledClass(int seasonId, int classId, int part, int partCount, int sessionId, TimeOnly start, IReadOnlyList<int> entryOrder, SchedulePinKind pin)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(part, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(partCount, part);
        SeasonId = seasonId;
        ClassId = classId;
        Part = part;
        PartCount = partCount;
        Pin = pin;
        MoveTo(sessionId, start);
        Reorder(entryOrder);
    }

    public int Id { get; private set; }

    public int SeasonId { get; private set; }

    public int ClassId { get; private set; }

    /// <summary>1 unless the class is split: then 1 to <see cref="PartCount"/>.</summary>
    public int Part { get; private set; }

    public int PartCount { get; private set; }

    public int SessionId { get; private set; }

    public TimeOnly Start { get; private set; }

    public SchedulePinKind Pin { get; private set; }

    public bool IsPinned => Pin != SchedulePinKind.None;

    /// <summary>The entries in performance order.</summary>
    public IReadOnlyCollection<ScheduledEntry> Entries => _entries;

    public IReadOnlyList<int> EntryOrder => _entries.OrderBy(e => e.Position).Select(e => e.EntryId).ToArray();

    public void MoveTo(int sessionId, TimeOnly start)
    {
        SessionId = sessionId;
        Start = start;
    }

    public void PinAs(SchedulePinKind pin) => Pin = pin;

    public void Reorder(IReadOnlyList<int> entryOrder)
    {
        ArgumentNullException.ThrowIfNull(entryOrder);
        if (entryOrder.Distinct().Count() != entryOrder.Count)
        {
            throw new ArgumentException("An entry performs once in a class.", nameof(entryOrder));
        }

        if (EntryOrder.SequenceEqual(entryOrder))
        {
            return;
        }

        _entries.Clear();
        _entries.AddRange(entryOrder.Select((entryId, i) => new ScheduledEntry(entryId, i + 1)));
    }
}
