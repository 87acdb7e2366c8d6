using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace Festival.Application.Scheduling.Timetable;

/// <summary>Writes timetable lines as an iCalendar (RFC 5545) document, one VEVENT a line.</summary>
public static class TimetableCalendar
{
    public static string Write(string festivalName, string personName, IEnumerable<TimetableLine> lines, DateTimeOffset stamp)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var calendar = new Calendar { ProductId = "-//Festival//Timetable//EN" };
        calendar.AddProperty("X-WR-CALNAME", $"{festivalName}: {personName}");
        foreach (var line in lines)
        {
            // Times are the festival's wall-clock times, written floating (no time zone): every session is at the venue.
            calendar.Events.Add(new CalendarEvent
            {
                Uid = $"{line.Uid}@festival",
                DtStamp = new CalDateTime(stamp.UtcDateTime),
                DtStart = new CalDateTime(line.Date, line.Start),
                DtEnd = new CalDateTime(line.Date, line.End),
                Location = $"{line.Venue}, {line.Room}",
                Summary = line.Performers.Length == 0 ? $"{line.Role}: {line.Class}" : $"{line.Class}: {line.Performers}",
                Description = line.Role,
            });
        }

        return new CalendarSerializer().SerializeToString(calendar) ?? string.Empty;
    }
}
