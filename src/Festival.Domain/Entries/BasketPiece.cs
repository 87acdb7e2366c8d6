namespace Festival.Domain.Entries;

/// <summary>A piece as typed into a basket item; it becomes a shared <see cref="Repertoire.Piece"/> when submitted.</summary>
public sealed class BasketPiece
{
    private BasketPiece()
    {
    }

    internal BasketPiece(int position, string title, string composer, int durationSeconds)
    {
        Position = position;
        Title = title;
        Composer = composer;
        DurationSeconds = durationSeconds;
    }

    public int BasketItemId { get; private set; }

    public int Position { get; private set; }

    public string Title { get; private set; } = string.Empty;

    public string Composer { get; private set; } = string.Empty;

    public int DurationSeconds { get; private set; }
}
