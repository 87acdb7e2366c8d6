namespace Festival.Domain.Scheduling;

/// <summary>
/// A session: one room, one day, a start and an end, its breaks and its adjudicator. A class placed in a session runs
/// from its start for its duration, paused by any break it reaches, and must end by the session's end.
/// </summary>
public sealed record SessionSlot(
    Guid Id,
    Guid VenueId,
    Guid RoomId,
    IReadOnlyList<string> RoomDisciplines,
    DateOnly Date,
    TimeOnly Start,
    TimeOnly End,
    IReadOnlyList<SessionBreak> Breaks,
    SessionAdjudicator Adjudicator)
{
    /// <summary>The session's length less its breaks: the most class time it can hold.</summary>
    public TimeSpan Capacity => End - Start - Breaks.Aggregate(TimeSpan.Zero, (total, pause) => total + (pause.End - pause.Start));

    /// <summary>When something of <paramref name="duration"/> started at <paramref name="start"/> ends, pausing for breaks.</summary>
    public TimeOnly EndOf(TimeOnly start, TimeSpan duration)
    {
        var breaks = Breaks.OrderBy(b => b.Start).ToArray();
        var end = SessionClock.EndOf(
            SessionClock.Seconds(start),
            SessionClock.Seconds(duration),
            breaks.Select(b => SessionClock.Seconds(b.Start)).ToArray(),
            breaks.Select(b => SessionClock.Seconds(b.End)).ToArray());
        return end >= SessionClock.SecondsPerDay ? TimeOnly.MaxValue : SessionClock.TimeOfDay(end);
    }
}
