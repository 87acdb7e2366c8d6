namespace Festival.Domain.Entries;

/// <summary>A piece an entry performs, in programme order, with the timing this entry gave for it.</summary>
public sealed class EntryPiece
{
    private EntryPiece()
    {
    }

    internal EntryPiece(int pieceId, int position, int durationSeconds)
    {
        PieceId = pieceId;
        Position = position;
        DurationSeconds = durationSeconds;
    }

    public int EntryId { get; private set; }

    public int Position { get; private set; }

    public int PieceId { get; private set; }

    public int DurationSeconds { get; private set; }
}
