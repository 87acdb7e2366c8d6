namespace Festival.Domain.Scheduling;

/// <summary>An entry's place in the performance order of a <see cref="ScheduledClass"/> (1 performs first).</summary>
public sealed class ScheduledEntry
{
    private ScheduledEntry()
    {
    }

    internal ScheduledEntry(int entryId, int position)
    {
        EntryId = entryId;
        Position = position;
    }

    public int ScheduledClassId { get; private set; }

    public int EntryId { get; private set; }

    public int Position { get; private set; }
}
