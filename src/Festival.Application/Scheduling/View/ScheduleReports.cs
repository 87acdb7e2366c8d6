using Festival.Application.Reports;

namespace Festival.Application.Scheduling.View;

/// <summary>A room's day: its sessions' time (breaks left out) and the time its scheduled classes take in them.</summary>
public sealed record RoomDayHours(DateOnly Date, string Venue, string Room, int Sessions, TimeSpan SessionTime, TimeSpan ClassTime)
{
    /// <summary>The share of the session time the classes fill, in percent (0 for no session time).</summary>
    public double FillPercent => ScheduleReports.Percent(ClassTime, SessionTime);
}

/// <summary>A festival day: each room's hours, and the day's totals.</summary>
public sealed record DayHours(DateOnly Date, IReadOnlyList<RoomDayHours> Rooms)
{
    public TimeSpan SessionTime => Rooms.Aggregate(TimeSpan.Zero, (total, r) => total + r.SessionTime);

    public TimeSpan ClassTime => Rooms.Aggregate(TimeSpan.Zero, (total, r) => total + r.ClassTime);

    public double FillPercent => ScheduleReports.Percent(ClassTime, SessionTime);
}

/// <summary>The schedule's reports: hours per day and room, the classes not scheduled, and the conflicts, as tables for CSV and XLSX.</summary>
public static class ScheduleReports
{
    /// <summary>Per day (in order) and room (by venue and name): session hours and scheduled class hours, breaks left out of both.</summary>
    public static IReadOnlyList<DayHours> Hours(ScheduleView schedule)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        return
        [
            .. schedule.Sessions.GroupBy(s => s.Date).OrderBy(d => d.Key).Select(day => new DayHours(day.Key,
            [
                .. day.GroupBy(s => (s.Venue, s.Room))
                    .OrderBy(r => r.Key.Venue, StringComparer.CurrentCulture).ThenBy(r => r.Key.Room, StringComparer.CurrentCulture)
                    .Select(room => new RoomDayHours(day.Key, room.Key.Venue, room.Key.Room, room.Count(),
                        Sum(room.Select(s => Worked(s.Start, s.End, s.Breaks))),
                        Sum(room.SelectMany(s => s.Classes.Select(c => Worked(c.Start, c.End, s.Breaks)))))),
            ])),
        ];
    }

    public static ReportTable HoursTable(ScheduleView schedule)
    {
        var rows = new List<IReadOnlyList<object?>>();
        foreach (var day in Hours(schedule))
        {
            rows.AddRange(day.Rooms.Select(r => (IReadOnlyList<object?>)[day.Date, r.Venue, r.Room, r.Sessions, HoursOf(r.SessionTime), HoursOf(r.ClassTime), Math.Round(r.FillPercent, 1)]));
            rows.Add([day.Date, "Total", null, day.Rooms.Sum(r => r.Sessions), HoursOf(day.SessionTime), HoursOf(day.ClassTime), Math.Round(day.FillPercent, 1)]);
        }

        return new ReportTable($"Hours {schedule.Season}", ["Date", "Venue", "Room", "Sessions", "Session hours", "Class hours", "Fill %"], rows);
    }

    public static ReportTable UnscheduledTable(ScheduleView schedule)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        return new ReportTable($"Unscheduled {schedule.Season}", ["Class id", "Class", "Name", "Entries"],
            [.. schedule.Unscheduled.Select(u => (IReadOnlyList<object?>)[u.ClassId, u.Code, u.Name, u.Entries])]);
    }

    public static ReportTable ConflictsTable(ScheduleCheckReport check)
    {
        ArgumentNullException.ThrowIfNull(check);
        return new ReportTable($"Conflicts {check.Season}", ["Severity", "Kind", "Classes", "Session", "People", "Message"],
            [.. check.Conflicts.Select(c => (IReadOnlyList<object?>)
                [c.Severity, c.Kind, string.Join(", ", c.Classes), c.SessionId, string.Join("; ", c.People.Select(p => p.Name)), c.Message])]);
    }

    internal static double Percent(TimeSpan part, TimeSpan whole) => whole <= TimeSpan.Zero ? 0 : part / whole * 100;

    private static decimal HoursOf(TimeSpan time) => Math.Round((decimal)time.TotalHours, 2);

    private static TimeSpan Sum(IEnumerable<TimeSpan> times) => times.Aggregate(TimeSpan.Zero, (total, t) => total + t);

    /// <summary>The time from <paramref name="start"/> to <paramref name="end"/> outside the breaks.</summary>
    private static TimeSpan Worked(TimeOnly start, TimeOnly end, IReadOnlyList<BreakView> breaks) =>
        breaks.Aggregate(end - start, (time, b) => time - Overlap(start, end, b.Start, b.End));

    private static TimeSpan Overlap(TimeOnly start, TimeOnly end, TimeOnly otherStart, TimeOnly otherEnd)
    {
        var from = start > otherStart ? start : otherStart;
        var to = end < otherEnd ? end : otherEnd;
        return to > from ? to - from : TimeSpan.Zero;
    }
}
