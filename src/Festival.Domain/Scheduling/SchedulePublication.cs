namespace Festival.Domain.Scheduling;

/// <summary>
/// One publishing of a season's schedule: the version number, when and by whom, and the placements as they were
/// published (JSON), so later edits can say what moved since.
/// </summary>
public sealed class SchedulePublication
{
    private SchedulePublication()
    {
    }

    public SchedulePublication(int seasonId, int version, string snapshot, string? publishedByUserId, DateTimeOffset publishedAt)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(version, 1);
        ArgumentException.ThrowIfNullOrWhiteSpace(snapshot);
        SeasonId = seasonId;
        Version = version;
        Snapshot = snapshot;
        PublishedByUserId = publishedByUserId;
        PublishedAt = publishedAt;
    }

    public int Id { get; private set; }

    public int SeasonId { get; private set; }

    /// <summary>1 for the first publishing, then one more each time.</summary>
    public int Version { get; private set; }

    /// <summary>The published placements as JSON.</summary>
    public string Snapshot { get; private set; } = string.Empty;

    public string? PublishedByUserId { get; private set; }

    public DateTimeOffset PublishedAt { get; private set; }
}
