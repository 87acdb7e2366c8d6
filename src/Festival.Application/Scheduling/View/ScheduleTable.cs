using System.Globalization;
using Festival.Application.Reports;

namespace Festival.Application.Scheduling.View;

/// <summary>The schedule as a table: one row per entry, in time order and performance order, for CSV and XLSX.</summary>
public static class ScheduleTable
{
    public static ReportTable From(ScheduleView schedule)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        var rows = schedule.Sessions
            .SelectMany(s => s.Classes.SelectMany(c => c.Entries.Select(e => (IReadOnlyList<object?>)
            [
                s.Date, s.Venue, s.Room, s.Id, s.Adjudicator?.Name, c.Code, c.Part, c.PartCount, c.Name, c.Start.ToString("HH:mm", CultureInfo.InvariantCulture), c.End.ToString("HH:mm", CultureInfo.InvariantCulture),
                e.Position, e.EntryId, e.Group, string.Join("; ", e.Performers.Select(p => p.Name)), e.Accompanist?.Name,
            ])))
            .ToArray();
        return new ReportTable(
            $"Schedule {schedule.Season}",
            ["Date", "Venue", "Room", "Session", "Adjudicator", "Class", "Part", "Parts", "Class name", "Class start", "Class end", "Order", "Entry", "Group", "Performers", "Accompanist"],
            rows);
    }
}
