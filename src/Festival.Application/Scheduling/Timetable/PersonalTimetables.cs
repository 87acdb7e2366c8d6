using Festival.Application.Scheduling.View;

namespace Festival.Application.Scheduling.Timetable;

/// <summary>Picks someone's lines out of a season's schedule: the entries they perform in, teach or accompany, and the sessions they adjudicate.</summary>
internal static class PersonalTimetables
{
    public static IReadOnlyList<TimetableLine> Lines(ScheduleView schedule, Func<ScheduledEntryView, string?> role, IReadOnlySet<int> adjudicatorIds)
    {
        var lines = new List<TimetableLine>();
        foreach (var session in schedule.Sessions)
        {
            if (session.Adjudicator is { } judge && adjudicatorIds.Contains(judge.Id) && session.Classes.Count > 0)
            {
                lines.Add(new TimetableLine(
                    $"session-{session.Id}", session.Date, session.Start, session.End, session.Venue, session.Room,
                    string.Join(", ", session.Classes.Select(c => $"{c.Label} {c.Name}")), string.Empty, "Adjudicator"));
            }

            foreach (var scheduled in session.Classes)
            {
                foreach (var entry in scheduled.Entries)
                {
                    if (role(entry) is { } what)
                    {
                        // One entry of a split class plays in one part only, so the entry id alone keeps the UID stable.
                        lines.Add(new TimetableLine(
                            $"entry-{entry.EntryId}", session.Date, scheduled.Start, scheduled.End, session.Venue, session.Room,
                            $"{scheduled.Label} {scheduled.Name}", Performers(entry), what));
                    }
                }
            }
        }

        return [.. lines.OrderBy(l => l.Date).ThenBy(l => l.Start).ThenBy(l => l.Uid, StringComparer.Ordinal)];
    }

    /// <summary>What an entry is to someone who manages <paramref name="mine"/> (their own person, children, students) and may see it.</summary>
    public static string Role(ScheduledEntryView entry, IReadOnlySet<int> mine) =>
        entry.Performers.Any(p => mine.Contains(p.Id)) ? "Performer"
        : entry.Accompanist is { } a && mine.Contains(a.Id) ? "Accompanist"
        : EntryRole;

    /// <summary>The role of an entry someone may see without performing in it or accompanying it.</summary>
    public const string EntryRole = "Entry";

    public static string Performers(ScheduledEntryView entry) =>
        entry.Group ?? string.Join(" & ", entry.Performers.Select(p => p.Name));
}
