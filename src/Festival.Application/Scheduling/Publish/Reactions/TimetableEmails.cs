using System.Globalization;
using Festival.Application.Scheduling.Timetable;
using Festival.Application.Scheduling.View;
using Festival.Application.Seasons;
using Festival.Domain.Seasons;

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

    /// <summary>The season, its schedule data and the view of it, or null when the season is gone.</summary>
    public static async Task<(Season Season, SeasonScheduleData Data, ScheduleView Schedule)?> LoadAsync(
        ISeasons seasons, IScheduleStore store, int seasonId, CancellationToken cancellationToken)
    {
        if (await seasons.FindAsync(seasonId, cancellationToken) is not { } season)
        {
            return null;
        }

        var data = await store.LoadAsync(season.Id, cancellationToken);
        return (season, data, await ScheduleViews.BuildAsync(store, season, data, cancellationToken));
    }

    public static Uri Page(Uri baseUrl) => new(baseUrl, "Entries/Timetable");

    public static Uri Feed(Uri baseUrl, string token) => new(baseUrl, $"timetable/{token}.ics");
}
