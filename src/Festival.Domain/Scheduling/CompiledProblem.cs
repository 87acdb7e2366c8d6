namespace Festival.Domain.Scheduling;

/// <summary>
/// The problem with every id replaced by a dense number and every time by absolute seconds, so the checker and the
/// generator work on arrays. Which sessions can hold which class (room, adjudicator's disciplines, availability and
/// pupils) is worked out once here.
/// </summary>
internal sealed class CompiledProblem
{
    private readonly Dictionary<Guid, int> _classIndex = [];
    private readonly Dictionary<Guid, int> _sessionIndex = [];
    private readonly Dictionary<Guid, int> _personIndex = [];
    private readonly Dictionary<Guid, (int Class, int Position)> _entryIndex = [];
    private readonly Dictionary<Guid, int> _schoolIndex = [];
    private readonly List<Guid> _personIds = [];
    private readonly List<Guid> _schoolIds = [];
    private readonly ConflictKind?[] _unsuited;

    public CompiledProblem(ScheduleProblem problem)
    {
        Source = problem;
        Classes = [.. problem.Classes];
        Sessions = [.. problem.Sessions];
        Entries = new CompiledEntry[Classes.Length][];
        ClassTeachers = new HashSet<int>[Classes.Length];
        for (var c = 0; c < Classes.Length; c++)
        {
            _classIndex.TryAdd(Classes[c].Id, c);
            var entries = Classes[c].Entries;
            Entries[c] = new CompiledEntry[entries.Count];
            ClassTeachers[c] = [];
            for (var e = 0; e < entries.Count; e++)
            {
                var entry = entries[e];
                _entryIndex.TryAdd(entry.Id, (c, e));
                Entries[c][e] = new CompiledEntry(
                    SessionClock.Seconds(entry.Slot),
                    People(entry.Performers),
                    People(entry.Accompanists),
                    People(entry.Conductors),
                    entry.SchoolId is { } school ? School(school) : -1);
                ClassTeachers[c].UnionWith(People(entry.Teachers));
            }
        }

        ClassRank = Ranks(Classes);
        var venues = new Dictionary<Guid, int>();
        var rooms = new Dictionary<Guid, int>();
        var count = Sessions.Length;
        SessionStart = new long[count];
        SessionEnd = new long[count];
        SessionCapacity = new long[count];
        SessionDay = new int[count];
        SessionVenue = new int[count];
        SessionRoom = new int[count];
        SessionAdjudicator = new int[count];
        BreakStarts = new long[count][];
        BreakEnds = new long[count][];
        DayStart = long.MaxValue;
        for (var s = 0; s < count; s++)
        {
            var session = Sessions[s];
            _sessionIndex.TryAdd(session.Id, s);
            SessionStart[s] = SessionClock.Absolute(session.Date, session.Start);
            SessionEnd[s] = SessionClock.Absolute(session.Date, session.End);
            SessionCapacity[s] = SessionClock.Seconds(session.Capacity);
            SessionDay[s] = session.Date.DayNumber;
            SessionVenue[s] = Number(venues, session.VenueId);
            SessionRoom[s] = Number(rooms, session.RoomId);
            SessionAdjudicator[s] = Person(session.Adjudicator.PersonId);
            var breaks = session.Breaks.OrderBy(b => b.Start).ToArray();
            BreakStarts[s] = [.. breaks.Select(b => SessionClock.Absolute(session.Date, b.Start))];
            BreakEnds[s] = [.. breaks.Select(b => SessionClock.Absolute(session.Date, b.End))];
            DayStart = Math.Min(DayStart, SessionClock.Seconds(session.Start));
        }

        BetweenVenues = SessionClock.Seconds(problem.Changeover.BetweenVenues);
        WithinVenue = SessionClock.Seconds(problem.Changeover.WithinVenue);
        _unsuited = new ConflictKind?[Classes.Length * count];
        Candidates = new int[Classes.Length][];
        var chronological = Enumerable.Range(0, count).OrderBy(s => SessionStart[s]).ThenBy(s => SessionRoom[s]).ThenBy(s => s).ToArray();
        for (var c = 0; c < Classes.Length; c++)
        {
            for (var s = 0; s < count; s++)
            {
                _unsuited[c * count + s] = Unsuitability(c, s);
            }

            Candidates[c] = [.. chronological.Where(s => _unsuited[c * count + s] is null)];
        }
    }

    public ScheduleProblem Source { get; }

    public ClassToSchedule[] Classes { get; }

    public SessionSlot[] Sessions { get; }

    public CompiledEntry[][] Entries { get; }

    public HashSet<int>[] ClassTeachers { get; }

    /// <summary>0 for the youngest class of the problem, 1000 for the oldest.</summary>
    public int[] ClassRank { get; }

    /// <summary>The sessions that may hold each class, in time order.</summary>
    public int[][] Candidates { get; }

    public long[] SessionStart { get; }

    public long[] SessionEnd { get; }

    public long[] SessionCapacity { get; }

    public int[] SessionDay { get; }

    public int[] SessionVenue { get; }

    public int[] SessionRoom { get; }

    public int[] SessionAdjudicator { get; }

    public long[][] BreakStarts { get; }

    public long[][] BreakEnds { get; }

    /// <summary>The earliest time of day any session starts, in seconds: "early in the day" is measured from here.</summary>
    public long DayStart { get; }

    public long BetweenVenues { get; }

    public long WithinVenue { get; }

    public int PersonCount => _personIds.Count;

    public int SchoolCount => _schoolIds.Count;

    public Guid SchoolId(int school) => _schoolIds[school];

    public Guid PersonId(int person) => _personIds[person];

    public int? ClassNumber(Guid classId) => _classIndex.TryGetValue(classId, out var c) ? c : null;

    public int? SessionNumber(Guid sessionId) => _sessionIndex.TryGetValue(sessionId, out var s) ? s : null;

    public (int Class, int Position)? EntryNumber(Guid entryId) => _entryIndex.TryGetValue(entryId, out var e) ? e : null;

    /// <summary>Why session <paramref name="s"/> may not hold class <paramref name="c"/>, or null when it may.</summary>
    public ConflictKind? Unsuited(int c, int s) => _unsuited[c * Sessions.Length + s];

    /// <summary>The changeover a person needs between classes in sessions <paramref name="a"/> and <paramref name="b"/>.</summary>
    public long Changeover(int a, int b) =>
        SessionRoom[a] == SessionRoom[b] ? 0 : SessionVenue[a] == SessionVenue[b] ? WithinVenue : BetweenVenues;

    public long EndOf(int s, long start, long duration) => SessionClock.EndOf(start, duration, BreakStarts[s], BreakEnds[s]);

    public long SkipBreak(int s, long time) => SessionClock.SkipBreak(time, BreakStarts[s], BreakEnds[s]);

    public ScheduleUnit Unit(int c, int part, int partCount, int[] positions) => new(this, c, part, partCount, positions);

    private ConflictKind? Unsuitability(int c, int s)
    {
        var discipline = Classes[c].Discipline;
        var session = Sessions[s];
        if (!session.RoomDisciplines.Contains(discipline, StringComparer.OrdinalIgnoreCase))
        {
            return ConflictKind.RoomUnsuited;
        }

        if (!session.Adjudicator.Disciplines.Contains(discipline, StringComparer.OrdinalIgnoreCase))
        {
            return ConflictKind.AdjudicatorLacksDiscipline;
        }

        if (session.Adjudicator.AvailableDays is { } days && !days.Contains(session.Date))
        {
            return ConflictKind.AdjudicatorUnavailable;
        }

        return ClassTeachers[c].Contains(SessionAdjudicator[s]) ? ConflictKind.AdjudicatorTeachesParticipant : null;
    }

    private int[] People(IReadOnlyList<Guid> ids)
    {
        var numbers = new int[ids.Count];
        for (var i = 0; i < ids.Count; i++)
        {
            numbers[i] = Person(ids[i]);
        }

        return numbers;
    }

    private int Person(Guid id)
    {
        if (!_personIndex.TryGetValue(id, out var number))
        {
            number = _personIds.Count;
            _personIndex.Add(id, number);
            _personIds.Add(id);
        }

        return number;
    }

    private int School(Guid id)
    {
        var number = Number(_schoolIndex, id);
        if (number == _schoolIds.Count)
        {
            _schoolIds.Add(id);
        }

        return number;
    }

    private static int Number(Dictionary<Guid, int> numbers, Guid id)
    {
        if (!numbers.TryGetValue(id, out var number))
        {
            number = numbers.Count;
            numbers.Add(id, number);
        }

        return number;
    }

    private static int[] Ranks(ClassToSchedule[] classes)
    {
        if (classes.Length == 0)
        {
            return [];
        }

        var lowest = classes.Min(c => c.Rank);
        var spread = classes.Max(c => c.Rank) - lowest;
        return [.. classes.Select(c => spread == 0 ? 0 : (int)((long)(c.Rank - lowest) * 1000 / spread))];
    }
}
