namespace Festival.Domain.Results;

/// <summary>
/// Where a class's results stand: submitted by the adjudicator (then only festival staff change them) and published
/// (then families, teachers and the public see them).
/// </summary>
public sealed class ClassResult
{
    private ClassResult()
    {
    }

    public ClassResult(int classId, int seasonId)
    {
        ClassId = classId;
        SeasonId = seasonId;
    }

    public int Id { get; private set; }

    public int ClassId { get; private set; }

    public int SeasonId { get; private set; }

    public DateTimeOffset? SubmittedAt { get; private set; }

    public string? SubmittedByUserId { get; private set; }

    public DateTimeOffset? PublishedAt { get; private set; }

    public string? PublishedByUserId { get; private set; }

    public bool IsSubmitted => SubmittedAt is not null;

    public bool IsPublished => PublishedAt is not null;

    public void Submit(string userId, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        SubmittedAt ??= at;
        SubmittedByUserId ??= userId;
    }

    public void Publish(string? userId, DateTimeOffset at)
    {
        PublishedAt = at;
        PublishedByUserId = userId;
    }
}
