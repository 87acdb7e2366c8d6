namespace Festival.Domain.Scheduling;

/// <summary>
/// Units placed in sessions, indexed both ways: each session's units and each person's busy spans (adjudicators are
/// busy for their whole sessions). Placing or removing a unit touches only its session and its people, so checking
/// one edit costs the size of the edit, not of the season. It also keeps each session's gaps (see <see cref="GapSeconds"/>).
/// </summary>
internal sealed class ScheduleState
{
    private readonly List<int>[] _sessionUnits;
    private readonly List<Busy>?[] _busy;
    private readonly long[] _work;
    private readonly long[] _gaps;
    private readonly double _meanCapacity;

    public ScheduleState(CompiledProblem problem, IReadOnlyList<ScheduleUnit> units)
    {
        Problem = problem;
        Units = units;
        Session = new int[units.Count];
        Array.Fill(Session, -1);
        Start = new long[units.Count];
        End = new long[units.Count];
        _sessionUnits = new List<int>[problem.Sessions.Length];
        _busy = new List<Busy>?[problem.PersonCount];
        Soft = new SoftState(problem);
        _work = new long[problem.Sessions.Length];
        _gaps = new long[problem.Sessions.Length];
        _meanCapacity = problem.SessionCapacity.Length == 0 ? 1 : Math.Max(1, problem.SessionCapacity.Average());
        for (var s = 0; s < problem.Sessions.Length; s++)
        {
            _sessionUnits[s] = [];
            BusyOf(problem.SessionAdjudicator[s]).Add(new Busy(problem.SessionStart[s], problem.SessionEnd[s], s, -1));
        }
    }

    public CompiledProblem Problem { get; }

    public IReadOnlyList<ScheduleUnit> Units { get; }

    /// <summary>Each unit's session, or −1 while it is not placed.</summary>
    public int[] Session { get; }

    public long[] Start { get; }

    public long[] End { get; }

    public SoftState Soft { get; }

    /// <summary>
    /// Session time lost to gaps: in each used session, the time up to the end of its last class that no class fills
    /// (people held elsewhere push a class later than the one before it ends).
    /// </summary>
    public long GapSeconds { get; private set; }

    /// <summary>
    /// What the generator minimises: the soft penalty plus a price on every session used and on the gaps, each hour of
    /// gap priced as the share of a session it wastes. Without the gaps' price the construction scatters small gaps
    /// over many sessions, which no single class fits, and more sessions stay in use.
    /// </summary>
    public double Objective(double openSessionCost) =>
        Soft.Total + openSessionCost * (Soft.SessionsUsed + GapSeconds / _meanCapacity);

    public IReadOnlyList<int> UnitsIn(int session) => _sessionUnits[session];

    public void Place(int u, int session, long start)
    {
        var unit = Units[u];
        var end = Problem.EndOf(session, start, unit.Duration);
        Session[u] = session;
        Start[u] = start;
        End[u] = end;
        _sessionUnits[session].Add(u);
        for (var i = 0; i < unit.People.Length; i++)
        {
            var (from, to) = unit.Presence(Problem, i, session, start);
            BusyOf(unit.People[i]).Add(new Busy(from, to, session, u));
        }

        Soft.Add(unit, session, start);
        UpdateGaps(session, unit.Duration);
    }

    public void Unplace(int u)
    {
        var session = Session[u];
        var unit = Units[u];
        _sessionUnits[session].Remove(u);
        foreach (var person in unit.People)
        {
            BusyOf(person).RemoveAll(busy => busy.Unit == u);
        }

        Soft.Remove(unit, session, Start[u]);
        Session[u] = -1;
        UpdateGaps(session, -unit.Duration);
    }

    /// <summary>
    /// The earliest start in <paramref name="session"/> at or after <paramref name="from"/> where unit
    /// <paramref name="u"/> breaks no hard rule, or null; <paramref name="blockedBy"/> names who pushed it out.
    /// </summary>
    public long? EarliestStart(int u, int session, long from, out List<int>? blockedBy)
    {
        blockedBy = null;
        var unit = Units[u];
        var p = Problem;
        var start = p.SkipBreak(session, Math.Max(from, p.SessionStart[session]));
        while (true)
        {
            var end = p.EndOf(session, start, unit.Duration);
            if (end > p.SessionEnd[session])
            {
                return null;
            }

            var later = start;
            foreach (var other in _sessionUnits[session])
            {
                if (other != u && Start[other] < end && start < End[other])
                {
                    later = Math.Max(later, End[other]);
                }
            }

            for (var i = 0; i < unit.People.Length; i++)
            {
                var (arrives, leaves) = unit.Presence(p, i, session, start);
                foreach (var busy in BusyOf(unit.People[i]))
                {
                    var gap = p.Changeover(busy.Session, session);
                    if (busy.Unit != u && busy.Start < leaves + gap && arrives < busy.End + gap)
                    {
                        later = Math.Max(later, start + busy.End + gap - arrives);
                        (blockedBy ??= []).Add(unit.People[i]);
                    }
                }
            }

            if (later == start)
            {
                return start;
            }

            start = p.SkipBreak(session, later);
        }
    }

    /// <summary>
    /// The hard rules placed unit <paramref name="u"/> breaks. With <paramref name="onlyLater"/> a clash between two
    /// units is reported only from the lower-numbered one, so a full check lists each clash once.
    /// </summary>
    public List<Conflict> HardConflicts(int u, bool onlyLater)
    {
        var conflicts = new List<Conflict>();
        var p = Problem;
        var unit = Units[u];
        var classId = p.Classes[unit.Class].Id;
        var session = Session[u];
        var sessionId = p.Sessions[session].Id;
        var (start, end) = (Start[u], End[u]);
        if (start < p.SessionStart[session] || end > p.SessionEnd[session] || p.SkipBreak(session, start) != start)
        {
            conflicts.Add(Blocking(ConflictKind.DoesNotFitSession, $"{unit.Label} ({Minutes(unit.Duration)} min) does not fit its session at {Clock(start)}", [classId], [], sessionId));
        }

        if (p.Unsuited(unit.Class, session) is { } kind)
        {
            var adjudicator = p.PersonId(p.SessionAdjudicator[session]);
            conflicts.Add(Blocking(kind, Unsuitable(kind, unit, p.Sessions[session]), [classId], kind == ConflictKind.RoomUnsuited ? [] : [adjudicator], sessionId));
        }

        foreach (var other in _sessionUnits[session])
        {
            if (other != u && (!onlyLater || other > u) && Start[other] < end && start < End[other])
            {
                conflicts.Add(Blocking(ConflictKind.ClassesOverlap, $"{unit.Label} and {Units[other].Label} overlap in one session", [classId, p.Classes[Units[other].Class].Id], [], sessionId));
            }
        }

        var clashes = new Dictionary<(int Other, ConflictKind Kind), List<int>>();
        for (var i = 0; i < unit.People.Length; i++)
        {
            var person = unit.People[i];
            var (from, to) = unit.Presence(p, i, session, start);
            foreach (var busy in BusyOf(person))
            {
                if (busy.Unit == u || (onlyLater && busy.Unit >= 0 && busy.Unit < u))
                {
                    continue;
                }

                var gap = p.Changeover(busy.Session, session);
                if (busy.Start < to + gap && from < busy.End + gap)
                {
                    var clash = busy.Start < to && from < busy.End ? ConflictKind.PersonDoubleBooked
                        : p.SessionVenue[busy.Session] == p.SessionVenue[session] ? ConflictKind.ChangeoverWithinVenue
                        : ConflictKind.ChangeoverBetweenVenues;
                    var key = (busy.Unit < 0 ? -1 - busy.Session : busy.Unit, clash);
                    if (!clashes.TryGetValue(key, out var people))
                    {
                        clashes.Add(key, people = []);
                    }

                    people.Add(person);
                }
            }
        }

        foreach (var ((other, clash), people) in clashes)
        {
            var ids = people.Select(p.PersonId).ToArray();
            if (other < 0)
            {
                var adjudicated = -1 - other;
                conflicts.Add(Blocking(clash, $"{unit.Label}: {people.Count} person(s) adjudicate a session at {Clock(p.SessionStart[adjudicated])}–{Clock(p.SessionEnd[adjudicated])}{Why(clash)}", [classId], ids, sessionId));
            }
            else
            {
                conflicts.Add(Blocking(clash, $"{unit.Label} and {Units[other].Label}: {people.Count} person(s) in both{Why(clash)}", [classId, p.Classes[Units[other].Class].Id], ids, sessionId));
            }
        }

        return conflicts;
    }

    /// <summary>
    /// The placed units that stop unit <paramref name="u"/> (placed) from being valid where it is: those overlapping it in
    /// its session and those holding its people too close in time. Null when removing units cannot help (it does not fit
    /// the session, the session may not hold it, or one of its people adjudicates then).
    /// </summary>
    public HashSet<int>? Blockers(int u)
    {
        var p = Problem;
        var session = Session[u];
        var (start, end) = (Start[u], End[u]);
        if (end > p.SessionEnd[session] || p.Unsuited(Units[u].Class, session) is not null)
        {
            return null;
        }

        var blockers = new HashSet<int>(_sessionUnits[session].Where(other => other != u && Start[other] < end && start < End[other]));
        var unit = Units[u];
        for (var i = 0; i < unit.People.Length; i++)
        {
            var (from, to) = unit.Presence(p, i, session, start);
            foreach (var busy in BusyOf(unit.People[i]))
            {
                var gap = p.Changeover(busy.Session, session);
                if (busy.Unit != u && busy.Start < to + gap && from < busy.End + gap)
                {
                    if (busy.Unit < 0)
                    {
                        return null;
                    }

                    blockers.Add(busy.Unit);
                }
            }
        }

        return blockers;
    }

    private List<Busy> BusyOf(int person) => _busy[person] ??= [];

    /// <summary>Recounts one session's gap after <paramref name="work"/> seconds of class time came in (or went, when negative).</summary>
    private void UpdateGaps(int session, long work)
    {
        var p = Problem;
        _work[session] += work;
        var (start, end) = (p.SessionStart[session], p.SessionStart[session]);
        foreach (var u in _sessionUnits[session])
        {
            end = Math.Max(end, End[u]);
        }

        var span = end - start;
        for (var i = 0; i < p.BreakStarts[session].Length; i++)
        {
            span -= Math.Max(0, Math.Min(p.BreakEnds[session][i], end) - Math.Max(p.BreakStarts[session][i], start));
        }

        GapSeconds -= _gaps[session];
        _gaps[session] = _sessionUnits[session].Count == 0 ? 0 : span - _work[session];
        GapSeconds += _gaps[session];
    }

    private static Conflict Blocking(ConflictKind kind, string message, Guid[] classes, Guid[] people, Guid session) =>
        new(ConflictSeverity.Blocking, kind, message, classes, people, session);

    private static string Why(ConflictKind kind) => kind switch
    {
        ConflictKind.ChangeoverWithinVenue => " with less than the changeover between rooms of one venue",
        ConflictKind.ChangeoverBetweenVenues => " with less than the changeover between venues",
        _ => " at overlapping times",
    };

    private static string Unsuitable(ConflictKind kind, ScheduleUnit unit, SessionSlot session) => kind switch
    {
        ConflictKind.RoomUnsuited => $"{unit.Label}: the room does not suit its discipline",
        ConflictKind.AdjudicatorLacksDiscipline => $"{unit.Label}: the adjudicator does not adjudicate its discipline",
        ConflictKind.AdjudicatorUnavailable => $"{unit.Label}: the adjudicator is not available on {session.Date:yyyy-MM-dd}",
        _ => $"{unit.Label}: the adjudicator teaches one of its performers",
    };

    internal static long Minutes(long seconds) => (seconds + 59) / 60;

    internal static string Clock(long absolute) => SessionClock.TimeOfDay(absolute).ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture);
}
