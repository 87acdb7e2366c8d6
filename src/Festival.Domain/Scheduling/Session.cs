namespace Festival.Domain.Scheduling;

/// <summary>
/// A stretch of time in one room on one day, with its adjudicator and breaks, that holds classes. Sessions belong to a
/// season. A session may be created before its adjudicator is chosen; until then no class can be placed in it.
/// </summary>
public sealed class Session
{
    private readonly List<SessionPause> _breaks = [];

    private Session()
    {
    }

    public Session(int seasonId, int roomId, DateOnly date, TimeOnly start, TimeOnly end, int? adjudicatorId, IEnumerable<(TimeOnly Start, TimeOnly End)> breaks, DateTimeOffset createdAt)
    {
        SeasonId = seasonId;
        CreatedAt = createdAt;
        Edit(roomId, date, start, end, adjudicatorId, breaks);
    }

    public int Id { get; private set; }

    public int SeasonId { get; private set; }

    public int RoomId { get; private set; }

    public DateOnly Date { get; private set; }

    public TimeOnly Start { get; private set; }

    public TimeOnly End { get; private set; }

    public int? AdjudicatorId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>The breaks in time order.</summary>
    public IReadOnlyCollection<SessionPause> Breaks => _breaks;

    /// <summary>Why these times do not make a session, or null when they do.</summary>
    public static string? TimesProblem(TimeOnly start, TimeOnly end, IEnumerable<(TimeOnly Start, TimeOnly End)> breaks)
    {
        ArgumentNullException.ThrowIfNull(breaks);
        if (end <= start)
        {
            return $"a session ends after it starts ({start:HH\\:mm}–{end:HH\\:mm})";
        }

        var last = start;
        foreach (var pause in breaks.OrderBy(b => b.Start))
        {
            if (pause.End <= pause.Start)
            {
                return $"a break ends after it starts ({pause.Start:HH\\:mm}–{pause.End:HH\\:mm})";
            }

            if (pause.Start < last || pause.End > end)
            {
                return $"the break {pause.Start:HH\\:mm}–{pause.End:HH\\:mm} is outside the session or overlaps another break";
            }

            last = pause.End;
        }

        return null;
    }

    public void Edit(int roomId, DateOnly date, TimeOnly start, TimeOnly end, int? adjudicatorId, IEnumerable<(TimeOnly Start, TimeOnly End)> breaks)
    {
        var list = breaks?.ToList() ?? throw new ArgumentNullException(nameof(breaks));
        if (TimesProblem(start, end, list) is { } problem)
        {
            throw new ArgumentException(problem, nameof(breaks));
        }

        RoomId = roomId;
        Date = date;
        Start = start;
        End = end;
        AdjudicatorId = adjudicatorId;
        _breaks.Clear();
        _breaks.AddRange(list.OrderBy(b => b.Start).Select(b => new SessionPause(b.Start, b.End)));
    }
}
