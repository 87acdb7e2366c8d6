using Festival.Application.Scheduling.View;

namespace Festival.Application.Scheduling.Timetable;

/// <summary>Picks someone's lines out of a season's schedule: the entries they perform in, teach or accompany, and the sessions they adjudicate.</summary>
internal static class PersonalTimetables
{
    /// <summary>The role of an entry someone may see without performing in it or accompanying it.</summary>
    public const string EntryRole = "Entry";

    public static IReadOnlyList<TimetableLine> Lines(ScheduleView schedule, Func<ScheduledEntryView, string?> role, IReadOnlySet<int> adjudicatorIds)
    {
        var lines = new List<TimetableLine>();
        foreach (var session in schedule.Sessions)
        {
            if (session.Adjudicator is { } judge && adjudicatorIds.Contains(judge.Id) && session.Classes.Count > 0)
            {
                lines.Add(SessionLine(session));
            }

            foreach (var scheduled in session.Classes)
            {
                foreach (var entry in scheduled.Entries)
                {
                    if (role(entry) is { } what)
                    {
                        lines.Add(EntryLine(session, scheduled, entry, what));
                    }
                }
            }
        }

        return Ordered(lines);
    }

    /// <summary>What an entry is to someone who manages <paramref name="mine"/> (their own person, children, students) and may see it.</summary>
    public static string Role(ScheduledEntryView entry, IReadOnlySet<int> mine) =>
        entry.Performers.Any(p => mine.Contains(p.Id)) ? "Performer"
        : entry.Accompanist is { } a && mine.Contains(a.Id) ? "Accompanist"
        : EntryRole;

    public static string Performers(ScheduledEntryView entry) =>
        entry.Group ?? string.Join(" & ", entry.Performers.Select(p => p.Name));

    internal static TimetableLine SessionLine(SessionView session) =>
        new($"session-{session.Id}", session.Date, session.Start, session.End, session.Venue, session.Room,
            string.Join(", ", session.Classes.Select(c => $"{c.Label} {c.Name}")), string.Empty, "Adjudicator");

    // One entry of a split class plays in one part only, so the entry id alone keeps the UID stable.
    internal static TimetableLine EntryLine(SessionView session, ScheduledClassView scheduled, ScheduledEntryView entry, string role) =>
        new($"entry-{entry.EntryId}", session.Date, scheduled.Start, scheduled.End, session.Venue, session.Room,
            $"{scheduled.Label} {scheduled.Name}", Performers(entry), role);

    internal static IReadOnlyList<TimetableLine> Ordered(IEnumerable<TimetableLine> lines) =>
        [.. lines.OrderBy(l => l.Date).ThenBy(l => l.Start).ThenBy(l => l.Uid, StringComparer.Ordinal)];
}

/// <summary>
/// Where each entry and each adjudicator's sessions are in a schedule, to pick the lines of many people (the timetable
/// emails) at the cost of their own lines each rather than of the whole schedule. Gives what
/// <see cref="PersonalTimetables.Lines"/> gives for the same entries, roles and adjudicators.
/// </summary>
internal sealed class TimetableIndex
{
    private readonly Dictionary<int, (SessionView Session, ScheduledClassView Class, ScheduledEntryView Entry)> _entries;
    private readonly ILookup<int, SessionView> _judged;

    public TimetableIndex(ScheduleView schedule)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        _entries = schedule.Sessions
            .SelectMany(s => s.Classes.SelectMany(c => c.Entries.Select(e => (Session: s, Class: c, Entry: e))))
            .ToDictionary(x => x.Entry.EntryId);
        _judged = schedule.Sessions.Where(s => s.Adjudicator is not null && s.Classes.Count > 0).ToLookup(s => s.Adjudicator!.Id);
    }

    public IReadOnlyList<TimetableLine> Lines(IEnumerable<int> entryIds, Func<ScheduledEntryView, string?> role, IEnumerable<int> adjudicatorIds) =>
        PersonalTimetables.Ordered(
            adjudicatorIds.Distinct().SelectMany(id => _judged[id]).Select(PersonalTimetables.SessionLine)
                .Concat(entryIds.Distinct().Where(_entries.ContainsKey).Select(id => _entries[id])
                    .Select(x => role(x.Entry) is { } what ? PersonalTimetables.EntryLine(x.Session, x.Class, x.Entry, what) : null)
                    .OfType<TimetableLine>()));
}
