using Festival.Domain.People;

namespace Festival.Domain.Repertoire;

/// <summary>
/// A piece of music, shared by every entry that performs it: the same title and composer (compared as name keys) are the
/// same piece. <see cref="DurationSeconds"/> is the timed length first given; each entry keeps its own timing too.
/// </summary>
public sealed class Piece
{
    public const int MaxTitleLength = 300;
    public const int MaxComposerLength = 200;

    private Piece()
    {
    }

    public Piece(string title, string composer, int durationSeconds, DateTimeOffset createdAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentException.ThrowIfNullOrWhiteSpace(composer);
        Retitle(title, composer);
        DurationSeconds = durationSeconds;
        CreatedAt = createdAt;
    }

    public int Id { get; private set; }

    public string Title { get; private set; } = string.Empty;

    public string Composer { get; private set; } = string.Empty;

    public string TitleKey { get; private set; } = string.Empty;

    public string ComposerKey { get; private set; } = string.Empty;

    public int DurationSeconds { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public void Retitle(string title, string composer)
    {
        Title = title.Trim();
        Composer = composer.Trim();
        TitleKey = PersonNames.Key(title);
        ComposerKey = PersonNames.Key(composer);
    }

    public void SetDuration(int seconds) => DurationSeconds = seconds;
}
