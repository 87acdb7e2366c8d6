namespace Festival.Domain.Scheduling;

/// <summary>
/// The secret token in a person's iCalendar timetable URL. Whoever has the URL reads the timetable without signing in,
/// so the token is long and random, and replacing it makes the old URL stop working.
/// </summary>
public sealed class TimetableFeed
{
    public const int TokenLength = 43;

    private TimetableFeed()
    {
    }

    public TimetableFeed(int personId, string token, DateTimeOffset createdAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(token);
        PersonId = personId;
        Token = token;
        CreatedAt = createdAt;
    }

    public int Id { get; private set; }

    public int PersonId { get; private set; }

    public string Token { get; private set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; private set; }

    public void Replace(string token, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(token);
        Token = token;
        CreatedAt = at;
    }
}
