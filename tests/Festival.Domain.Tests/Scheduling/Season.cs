namespace Festival.Domain.Tests.Scheduling;

/// <summary>
/// Small hand-made seasons: one day, venue "Hall" with rooms A and B and venue "Church" with room C, every room suiting
/// Piano and Vocal, a 9:00–12:00 session per room with its own adjudicator judging Piano and Vocal.
/// </summary>
internal sealed class Season
{
    public static readonly DateOnly Day = new(2027, 3, 6);

    public readonly Guid Hall = Guid.NewGuid();
    public readonly Guid Church = Guid.NewGuid();
    public readonly Guid RoomA = Guid.NewGuid();
    public readonly Guid RoomB = Guid.NewGuid();
    public readonly Guid RoomC = Guid.NewGuid();

    private readonly List<ClassToSchedule> _classes = [];
    private readonly List<SessionSlot> _sessions = [];
    private readonly List<SchedulePin> _pins = [];

    public Season()
    {
        A = AddSession(RoomA, Hall);
        B = AddSession(RoomB, Hall);
        C = AddSession(RoomC, Church);
    }

    public SessionSlot A { get; private set; }

    public SessionSlot B { get; private set; }

    public SessionSlot C { get; private set; }

    public IReadOnlyList<ClassToSchedule> Classes => _classes;

    public SessionSlot AddSession(
        Guid room,
        Guid venue,
        TimeOnly? start = null,
        TimeOnly? end = null,
        string[]? roomDisciplines = null,
        SessionAdjudicator? adjudicator = null,
        SessionBreak[]? breaks = null,
        DateOnly? date = null)
    {
        var session = new SessionSlot(
            Guid.NewGuid(),
            venue,
            room,
            roomDisciplines ?? ["Piano", "Vocal"],
            date ?? Day,
            start ?? new TimeOnly(9, 0),
            end ?? new TimeOnly(12, 0),
            breaks ?? [],
            adjudicator ?? new SessionAdjudicator(Guid.NewGuid(), ["Piano", "Vocal"]));
        _sessions.Add(session);
        return session;
    }

    /// <summary>Replaces a session (records are immutable) and returns the new one.</summary>
    public SessionSlot Replace(SessionSlot old, SessionSlot changed)
    {
        _sessions[_sessions.IndexOf(old)] = changed;
        A = A == old ? changed : A;
        B = B == old ? changed : B;
        C = C == old ? changed : C;
        return changed;
    }

    /// <summary>A class of solo entries, one per performer, each taking <paramref name="minutesPerEntry"/>, with 5 minutes of summary.</summary>
    public ClassToSchedule AddClass(string code, params Guid[] performers) => AddClass(code, "Piano", 1, 10, performers);

    public ClassToSchedule AddClass(string code, string discipline, int rank, int minutesPerEntry, params Guid[] performers) =>
        Add(new ClassToSchedule(
            Guid.NewGuid(),
            code,
            discipline,
            rank,
            TimeSpan.FromMinutes(5),
            [.. performers.Select(p => Entry(minutesPerEntry, [p]))]));

    public ClassToSchedule Add(ClassToSchedule added)
    {
        _classes.Add(added);
        return added;
    }

    public void Pin(ClassToSchedule pinned, SessionSlot session, TimeOnly? start = null) => _pins.Add(new SchedulePin(pinned.Id, session.Id, start));

    public ScheduleProblem Problem(ChangeoverRules? changeover = null) =>
        new([.. _classes], [.. _sessions], [.. _pins], changeover ?? ChangeoverRules.Default, SoftGoalWeights.Default);

    public static EntryToSchedule Entry(
        int minutes,
        Guid[] performers,
        Guid[]? accompanists = null,
        Guid[]? conductors = null,
        Guid[]? teachers = null,
        Guid? school = null) =>
        new(Guid.NewGuid(), TimeSpan.FromMinutes(minutes), performers, accompanists ?? [], conductors ?? [], teachers ?? [], school);

    public static ClassPlacement At(ClassToSchedule placed, SessionSlot session, int hour, int minute = 0) =>
        new(placed.Id, 1, 1, session.Id, new TimeOnly(hour, minute), [.. placed.Entries.Select(e => e.Id)]);

    public static Schedule Schedule(params ClassPlacement[] placements) => new(placements);
}
