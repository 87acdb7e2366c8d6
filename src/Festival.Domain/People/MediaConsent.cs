namespace Festival.Domain.People;

/// <summary>
/// Whether the festival may photograph and record a participant performing in one season: asked each season of the
/// person who answers for them (themself, or an accepted guardian), and recorded with who answered and when. No row
/// means the question has not been answered, which staff treat as "no".
/// </summary>
public sealed class MediaConsent
{
    public MediaConsent(int personId, int seasonId, bool granted, string answeredByUserId, DateTimeOffset answeredAt)
    {
        PersonId = personId;
        SeasonId = seasonId;
        Answer(granted, answeredByUserId, answeredAt);
    }

    private MediaConsent()
    {
    }

    public int Id { get; private set; }

    public int PersonId { get; private set; }

    public int SeasonId { get; private set; }

    public bool Granted { get; private set; }

    public string AnsweredByUserId { get; private set; } = string.Empty;

    public DateTimeOffset AnsweredAt { get; private set; }

    public void Answer(bool granted, string answeredByUserId, DateTimeOffset answeredAt)
    {
        Granted = granted;
        AnsweredByUserId = answeredByUserId;
        AnsweredAt = answeredAt;
    }
}
