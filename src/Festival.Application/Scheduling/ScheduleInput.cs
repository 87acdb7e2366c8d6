using System.Globalization;
using Festival.Domain.Entries;
using Festival.Domain.People;
using Festival.Domain.Scheduling;
using Festival.Domain.Syllabus;

namespace Festival.Application.Scheduling;

/// <summary>
/// A season turned into the engine's terms: the <see cref="ScheduleProblem"/> (classes with their entries and people,
/// sessions, pins, changeovers, weights) and the <see cref="Current"/> schedule as stored, with the way back from the
/// engine's ids to the season's records.
/// <para>
/// A class's time is Σ its entries' piece durations + (adjudication + warm-up) × entries + the season's summary time per
/// class. Adjudication and warm-up come from the class, or from the season's settings when the class sets neither.
/// The people of an entry are its participants, or for a group its performing members; its accompanist; a group's
/// conductors; and as teachers (whom an adjudicator may not be) the entry's teacher and everyone with a teacher link,
/// pending or accepted, to a performer.
/// </para>
/// </summary>
public sealed class ScheduleInput
{
    private readonly Dictionary<int, FestivalClass> _classes;
    private readonly Dictionary<int, Session> _sessions;

    private ScheduleInput(SeasonScheduleData data, ScheduleProblem problem, Schedule current)
    {
        Data = data;
        Problem = problem;
        Current = current;
        _classes = data.Classes.ToDictionary(c => c.Id);
        _sessions = data.Sessions.ToDictionary(s => s.Id);
    }

    public SeasonScheduleData Data { get; }

    public ScheduleProblem Problem { get; }

    /// <summary>The schedule as stored (the scheduled classes of the season).</summary>
    public Schedule Current { get; }

    public FestivalClass? ClassOf(Guid classId) => _classes.GetValueOrDefault(ScheduleIds.Number(classId));

    /// <summary>How people write the class (<c>2105A</c>), or <c>#id</c> for a class not in the season.</summary>
    public string CodeOf(Guid classId) => ClassOf(classId)?.Code ?? $"#{ScheduleIds.Number(classId)}";

    /// <summary>The class as the engine sees it (with its entries in their stored order), or null when it has no entries.</summary>
    public ClassToSchedule? EngineClass(int classId) => Problem.Classes.FirstOrDefault(c => c.Id == ScheduleIds.Class(classId));

    public Session? SessionOf(Guid sessionId) => _sessions.GetValueOrDefault(ScheduleIds.Number(sessionId));

    public static ScheduleInput From(SeasonScheduleData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var settings = data.Settings;
        var groups = data.Groups.ToDictionary(g => g.Id);
        var teachersOf = data.TeacherLinks
            .Where(l => l.Kind == PersonLinkKind.Teacher)
            .ToLookup(l => l.OtherPersonId, l => l.PersonId);
        var stored = data.Scheduled.ToLookup(s => s.ClassId);

        var classes = data.Classes
            .OrderBy(c => c.Number).ThenBy(c => c.Suffix, StringComparer.Ordinal).ThenBy(c => c.Id)
            .Select(c =>
            {
                var (adjudication, warmUp) = c.AdjudicationSecondsPerEntry + c.WarmUpSecondsPerEntry > 0
                    ? (c.AdjudicationSecondsPerEntry, c.WarmUpSecondsPerEntry)
                    : (settings.AdjudicationSecondsPerEntry, settings.WarmUpSecondsPerEntry);
                var entries = InPerformanceOrder(data.Entries.Where(e => e.ClassId == c.Id), stored[c.Id])
                    .Select(e => ToEngine(e, adjudication + warmUp, groups, teachersOf))
                    .ToArray();
                return new ClassToSchedule(ScheduleIds.Class(c.Id), c.Code, c.Discipline, Rank(c), TimeSpan.FromSeconds(settings.SummarySecondsPerClass), entries);
            })
            .Where(c => c.Entries.Count > 0)
            .ToArray();

        var rooms = data.Rooms.ToDictionary(r => r.Id);
        var adjudicators = data.Adjudicators.ToDictionary(a => a.Id);
        var sessions = data.Sessions
            .OrderBy(s => s.Date).ThenBy(s => s.Start).ThenBy(s => s.RoomId).ThenBy(s => s.Id)
            .Select(s => ToEngine(s, rooms[s.RoomId], s.AdjudicatorId is { } a ? adjudicators[a] : null))
            .ToArray();

        var pins = data.Scheduled
            .Where(s => s.Part == 1 && s.IsPinned)
            .OrderBy(s => s.ClassId)
            .Select(s => new SchedulePin(ScheduleIds.Class(s.ClassId), ScheduleIds.Session(s.SessionId), s.Pin == SchedulePinKind.SessionAndTime ? s.Start : null))
            .ToArray();

        var problem = new ScheduleProblem(classes, sessions, pins, settings.Changeover, settings.Weights);
        return new ScheduleInput(data, problem, new Schedule(Placements(data.Scheduled)));
    }

    /// <summary>The engine's placements of stored scheduled classes.</summary>
    public static IReadOnlyList<ClassPlacement> Placements(IEnumerable<ScheduledClass> scheduled) =>
        (scheduled ?? throw new ArgumentNullException(nameof(scheduled)))
            .OrderBy(s => s.ClassId).ThenBy(s => s.Part)
            .Select(s => new ClassPlacement(
                ScheduleIds.Class(s.ClassId), s.Part, s.PartCount, ScheduleIds.Session(s.SessionId), s.Start, [.. s.EntryOrder.Select(ScheduleIds.Entry)]))
            .ToArray();

    /// <summary>
    /// Lower is younger or easier: the oldest age the class allows, else its youngest, else a number in its level
    /// (<c>Grade 5</c>), else the level's usual name; open classes last.
    /// </summary>
    public static int Rank(FestivalClass festivalClass)
    {
        ArgumentNullException.ThrowIfNull(festivalClass);
        if (festivalClass.MaxAge is { } max)
        {
            return max;
        }

        if (festivalClass.MinAge is { } min)
        {
            return min + 1;
        }

        var level = festivalClass.Level.ToUpperInvariant();
        var digits = new string(level.SkipWhile(ch => !char.IsDigit(ch)).TakeWhile(char.IsDigit).ToArray());
        return digits.Length is > 0 and < 4 ? 6 + int.Parse(digits, CultureInfo.InvariantCulture)
            : level.Contains("PRIMARY", StringComparison.Ordinal) || level.Contains("BEGINNER", StringComparison.Ordinal) ? 8
            : level.Contains("JUNIOR", StringComparison.Ordinal) ? 11
            : level.Contains("INTERMEDIATE", StringComparison.Ordinal) ? 14
            : level.Contains("SENIOR", StringComparison.Ordinal) ? 18
            : level.Contains("ADULT", StringComparison.Ordinal) ? 30
            : 99;
    }

    /// <summary>The stored performance order (parts in turn), then entries not yet placed, by id.</summary>
    private static IEnumerable<Entry> InPerformanceOrder(IEnumerable<Entry> entries, IEnumerable<ScheduledClass> parts)
    {
        var position = parts.OrderBy(p => p.Part)
            .SelectMany(p => p.EntryOrder)
            .Select((entryId, i) => (entryId, i))
            .ToDictionary(x => x.entryId, x => x.i);
        return entries.OrderBy(e => position.GetValueOrDefault(e.Id, int.MaxValue)).ThenBy(e => e.Id);
    }

    private static EntryToSchedule ToEngine(Entry entry, int secondsPerEntry, Dictionary<int, Group> groups, ILookup<int, int> teachersOf)
    {
        var group = entry.GroupId is { } g ? groups.GetValueOrDefault(g) : null;
        var performers = group is null
            ? entry.Participants.OrderBy(p => p.Position).Select(p => p.PersonId).ToArray()
            : group.Members.Where(m => m.Kind == GroupMemberKind.Performer).Select(m => m.PersonId).Order().ToArray();
        var conductors = group?.Members.Where(m => m.Kind == GroupMemberKind.Conductor).Select(m => m.PersonId).Order().ToArray() ?? [];
        var teachers = performers.SelectMany(p => teachersOf[p])
            .Concat(entry.TeacherId is { } t ? new[] { t } : [])
            .Distinct().Order();
        return new EntryToSchedule(
            ScheduleIds.Entry(entry.Id),
            TimeSpan.FromSeconds(entry.TotalSeconds + secondsPerEntry),
            [.. performers.Select(ScheduleIds.Person)],
            entry.AccompanistId is { } accompanist ? [ScheduleIds.Person(accompanist)] : [],
            [.. conductors.Select(ScheduleIds.Person)],
            [.. teachers.Select(ScheduleIds.Person)],
            group?.SchoolId is { } school ? ScheduleIds.School(school) : null);
    }

    private static SessionSlot ToEngine(Session session, Room room, Adjudicator? adjudicator) =>
        new(
            ScheduleIds.Session(session.Id),
            ScheduleIds.Venue(room.VenueId),
            ScheduleIds.Room(room.Id),
            room.Disciplines,
            session.Date,
            session.Start,
            session.End,
            [.. session.Breaks.OrderBy(b => b.Start).Select(b => new SessionBreak(b.Start, b.End))],
            adjudicator is null
                ? new SessionAdjudicator(ScheduleIds.NoAdjudicator(session.Id), [])
                : new SessionAdjudicator(ScheduleIds.Person(adjudicator.PersonId), adjudicator.Disciplines, adjudicator.AvailableDays.Count == 0 ? null : adjudicator.AvailableDays));
}
