namespace Festival.Domain.Scheduling;

/// <summary>Time arithmetic in whole seconds, shared by the session record and the engine.</summary>
internal static class SessionClock
{
    public const long SecondsPerDay = 86_400;

    public static long Seconds(TimeSpan span) => (span.Ticks + TimeSpan.TicksPerSecond - 1) / TimeSpan.TicksPerSecond;

    public static long Seconds(TimeOnly time) => time.Ticks / TimeSpan.TicksPerSecond;

    public static long Absolute(DateOnly date, TimeOnly time) => date.DayNumber * SecondsPerDay + Seconds(time);

    public static TimeOnly TimeOfDay(long absolute) => new(absolute % SecondsPerDay * TimeSpan.TicksPerSecond);

    /// <summary>
    /// The end of something lasting <paramref name="duration"/> from <paramref name="start"/>, paused by the breaks
    /// (sorted, disjoint) it reaches.
    /// </summary>
    public static long EndOf(long start, long duration, long[] breakStarts, long[] breakEnds)
    {
        var clock = start;
        var remaining = duration;
        for (var i = 0; i < breakStarts.Length; i++)
        {
            if (breakEnds[i] <= clock)
            {
                continue;
            }

            var untilBreak = Math.Max(0, breakStarts[i] - clock);
            if (remaining <= untilBreak)
            {
                break;
            }

            remaining -= untilBreak;
            clock = breakEnds[i];
        }

        return clock + remaining;
    }

    /// <summary>The end of the break containing <paramref name="time"/>, or <paramref name="time"/> when it is in none.</summary>
    public static long SkipBreak(long time, long[] breakStarts, long[] breakEnds)
    {
        for (var i = 0; i < breakStarts.Length; i++)
        {
            if (time >= breakStarts[i] && time < breakEnds[i])
            {
                return breakEnds[i];
            }
        }

        return time;
    }
}
