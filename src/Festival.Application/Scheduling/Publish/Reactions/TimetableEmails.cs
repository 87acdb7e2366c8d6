using System.Globalization;
using Festival.Application.Scheduling.Timetable;

namespace Festival.Application.Scheduling.Publish.Reactions;

/// <summary>How timetable emails write days, times and lines. Plain text: names reach the reader as typed, markup included.</summary>
internal static class TimetableEmails
{
    public const string Signature = "The Festival team";

    public static string Day(DateOnly date) => date.ToString("ddd d MMM yyyy", CultureInfo.InvariantCulture);

    public static string Time(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    /// <summary>"Sat 6 Mar 2027, 09:00–09:18, Town Hall, Hall A: 2105A Piano Solo — Anna Smith (Performer)".</summary>
    public static string Line(TimetableLine line) =>
        $"- {Day(line.Date)}, {Time(line.Start)}–{Time(line.End)}, {line.Venue}, {line.Room}: {line.Class}"
        + (line.Performers.Length > 0 ? $" — {line.Performers}" : string.Empty)
        + (line.Role == PersonalTimetables.EntryRole ? string.Empty : $" ({line.Role})");

    public static Uri Page(Uri baseUrl) => new(baseUrl, "Entries/Timetable");

    public static Uri Feed(Uri baseUrl, string token) => new(baseUrl, $"timetable/{token}.ics");
}
