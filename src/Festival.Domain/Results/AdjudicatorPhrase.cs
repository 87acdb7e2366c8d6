namespace Festival.Domain.Results;

/// <summary>A phrase an adjudicator keeps to insert into comments ("Lovely sense of line"), kept per account.</summary>
public sealed class AdjudicatorPhrase
{
    public const int MaxTextLength = 500;

    private AdjudicatorPhrase()
    {
    }

    public AdjudicatorPhrase(string userId, string text, DateTimeOffset createdAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        UserId = userId;
        Text = text.Trim();
        CreatedAt = createdAt;
    }

    public int Id { get; private set; }

    public string UserId { get; private set; } = string.Empty;

    public string Text { get; private set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; private set; }
}
