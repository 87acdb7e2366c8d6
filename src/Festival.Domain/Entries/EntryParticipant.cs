namespace Festival.Domain.Entries;

/// <summary>A person performing in an entry, in the order they were named.</summary>
public sealed class EntryParticipant
{
    private EntryParticipant()
    {
    }

    internal EntryParticipant(int personId, int position)
    {
        PersonId = personId;
        Position = position;
    }

    public int EntryId { get; private set; }

    public int PersonId { get; private set; }

    public int Position { get; private set; }
}
