namespace Festival.Domain.Scheduling;

/// <summary>
/// A schedule held in an index for editing: built once, then each manual edit (move a class, swap two) is checked
/// against the people and sessions it touches only, so a check costs the size of the edit, not of the season.
/// <see cref="CheckAll"/> checks everything and is what <see cref="ScheduleChecker"/> runs.
/// </summary>
public sealed class ScheduleEditor
{
    private readonly CompiledProblem _problem;
    private readonly ScheduleState _state;
    private readonly List<Conflict> _invalid = [];
    private readonly Dictionary<(Guid ClassId, int Part), int> _units = [];

    public ScheduleEditor(ScheduleProblem problem, Schedule schedule)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(schedule);
        _problem = new CompiledProblem(problem);
        var units = new List<ScheduleUnit>();
        var placements = new List<(int Session, long Start)>();
        var placedEntries = new Dictionary<(int Class, int Position), Guid>();
        foreach (var placement in schedule.Placements)
        {
            if (Unit(placement, placedEntries) is { } unit)
            {
                _units[(placement.ClassId, placement.Part)] = units.Count;
                units.Add(unit.Unit);
                placements.Add((unit.Session, SessionClock.Absolute(_problem.Sessions[unit.Session].Date, placement.Start)));
            }
        }

        foreach (var classId in schedule.Placements.Select(p => p.ClassId).Distinct())
        {
            if (_problem.ClassNumber(classId) is { } c
                && Enumerable.Range(0, _problem.Entries[c].Length).Any(position => !placedEntries.ContainsKey((c, position))))
            {
                Invalid($"{_problem.Classes[c].Code}: some of its entries are in no part of the schedule", classId, null);
            }
        }

        _state = new ScheduleState(_problem, units);
        for (var u = 0; u < units.Count; u++)
        {
            _state.Place(u, placements[u].Session, placements[u].Start);
        }
    }

    /// <summary>The schedule as it stands after the edits applied.</summary>
    public Schedule Schedule => ScheduleExport.From(_state);

    /// <summary>Every hard conflict (blocking) and soft-goal warning of the whole schedule, and its soft penalty.</summary>
    public ScheduleCheck CheckAll()
    {
        var conflicts = new List<Conflict>(_invalid);
        for (var u = 0; u < _state.Units.Count; u++)
        {
            conflicts.AddRange(_state.HardConflicts(u, onlyLater: true));
        }

        conflicts.AddRange(AdjudicatorsDoubleBooked());
        conflicts.AddRange(Warnings());
        return new ScheduleCheck(conflicts, _state.Soft.Penalty());
    }

    /// <summary>The hard conflicts part <paramref name="part"/> of a class would have at a new session and start; nothing changes.</summary>
    public IReadOnlyList<Conflict> CheckMove(Guid classId, int part, Guid sessionId, TimeOnly start)
    {
        if (Resolve(classId, part, sessionId) is not { } target)
        {
            return [Unknown(classId, sessionId)];
        }

        var (u, session) = target;
        var (oldSession, oldStart) = (_state.Session[u], _state.Start[u]);
        _state.Unplace(u);
        _state.Place(u, session, SessionClock.Absolute(_problem.Sessions[session].Date, start));
        var conflicts = _state.HardConflicts(u, onlyLater: false);
        _state.Unplace(u);
        _state.Place(u, oldSession, oldStart);
        return conflicts;
    }

    /// <summary>Moves part <paramref name="part"/> of a class to a session and start, whatever it breaks; check first.</summary>
    public void Move(Guid classId, int part, Guid sessionId, TimeOnly start)
    {
        var (u, session) = Resolve(classId, part, sessionId) ?? throw new ArgumentException("Unknown class part or session.", nameof(classId));
        _state.Unplace(u);
        _state.Place(u, session, SessionClock.Absolute(_problem.Sessions[session].Date, start));
    }

    /// <summary>The hard conflicts of two classes trading places (each takes the other's session and start); nothing changes.</summary>
    public IReadOnlyList<Conflict> CheckSwap(Guid classA, int partA, Guid classB, int partB)
    {
        if (!_units.TryGetValue((classA, partA), out var a) || !_units.TryGetValue((classB, partB), out var b))
        {
            return [Unknown(classA, null)];
        }

        var (sessionA, startA, sessionB, startB) = (_state.Session[a], _state.Start[a], _state.Session[b], _state.Start[b]);
        _state.Unplace(a);
        _state.Unplace(b);
        _state.Place(a, sessionB, startB);
        _state.Place(b, sessionA, startA);
        var conflicts = _state.HardConflicts(a, onlyLater: false);
        conflicts.AddRange(_state.HardConflicts(b, onlyLater: false).Where(c => !c.ClassIds.Contains(classA)));
        _state.Unplace(a);
        _state.Unplace(b);
        _state.Place(a, sessionA, startA);
        _state.Place(b, sessionB, startB);
        return conflicts;
    }

    private (int Unit, int Session)? Resolve(Guid classId, int part, Guid sessionId) =>
        _units.TryGetValue((classId, part), out var u) && _problem.SessionNumber(sessionId) is { } session
            ? (u, session)
            : null;

    private (ScheduleUnit Unit, int Session)? Unit(ClassPlacement placement, Dictionary<(int Class, int Position), Guid> placedEntries)
    {
        if (_problem.ClassNumber(placement.ClassId) is not { } c)
        {
            Invalid("A placement names a class that is not in the season", placement.ClassId, placement.SessionId);
            return null;
        }

        var code = _problem.Classes[c].Code;
        if (_problem.SessionNumber(placement.SessionId) is not { } session)
        {
            Invalid($"{code} is placed in a session that does not exist", placement.ClassId, placement.SessionId);
            return null;
        }

        if (_units.ContainsKey((placement.ClassId, placement.Part)))
        {
            Invalid($"{code} part {placement.Part} is placed twice", placement.ClassId, placement.SessionId);
            return null;
        }

        var positions = new List<int>();
        foreach (var entryId in placement.EntryOrder)
        {
            if (_problem.EntryNumber(entryId) is not { } entry || entry.Class != c)
            {
                Invalid($"{code} lists an entry that is not one of its own", placement.ClassId, placement.SessionId);
            }
            else if (!placedEntries.TryAdd(entry, entryId))
            {
                Invalid($"{code} lists an entry twice", placement.ClassId, placement.SessionId);
            }
            else
            {
                positions.Add(entry.Position);
            }
        }

        return (_problem.Unit(c, placement.Part, placement.PartCount, [.. positions]), session);
    }

    private IEnumerable<Conflict> AdjudicatorsDoubleBooked()
    {
        var p = _problem;
        foreach (var sessions in Enumerable.Range(0, p.Sessions.Length).GroupBy(s => p.SessionAdjudicator[s]))
        {
            var ordered = sessions.OrderBy(s => p.SessionStart[s]).ToArray();
            for (var i = 1; i < ordered.Length; i++)
            {
                var (earlier, later) = (ordered[i - 1], ordered[i]);
                if (p.SessionStart[later] < p.SessionEnd[earlier] + p.Changeover(earlier, later))
                {
                    yield return new Conflict(
                        ConflictSeverity.Blocking,
                        ConflictKind.AdjudicatorDoubleBooked,
                        $"The adjudicator of the sessions at {ScheduleState.Clock(p.SessionStart[earlier])} and {ScheduleState.Clock(p.SessionStart[later])} on one day cannot be in both",
                        [],
                        [p.PersonId(sessions.Key)],
                        p.Sessions[later].Id);
                }
            }
        }
    }

    private IEnumerable<Conflict> Warnings()
    {
        var p = _problem;
        var placed = new HashSet<int>(_state.Units.Select(u => u.Class));
        foreach (var c in Enumerable.Range(0, p.Classes.Length).Where(c => !placed.Contains(c)))
        {
            yield return Warning(ConflictKind.Unplaced, $"{p.Classes[c].Code} is not scheduled", [p.Classes[c].Id], [], null);
        }

        foreach (var pin in p.Source.Pins)
        {
            var kept = _units.TryGetValue((pin.ClassId, 1), out var u)
                && p.Sessions[_state.Session[u]].Id == pin.SessionId
                && (pin.Start is null || SessionClock.TimeOfDay(_state.Start[u]) == pin.Start);
            if (!kept)
            {
                yield return Warning(ConflictKind.PinNotKept, "A pinned class is not where it was pinned", [pin.ClassId], [], pin.SessionId);
            }
        }

        for (var s = 0; s < p.Sessions.Length; s++)
        {
            var ordered = _state.UnitsIn(s).OrderBy(u => _state.Start[u]).ToArray();
            for (var i = 1; i < ordered.Length; i++)
            {
                var (before, after) = (_state.Units[ordered[i - 1]], _state.Units[ordered[i]]);
                if (p.Classes[after.Class].Rank < p.Classes[before.Class].Rank)
                {
                    yield return Warning(ConflictKind.YoungerAfterOlder, $"{after.Label} (younger) follows {before.Label}", [p.Classes[after.Class].Id, p.Classes[before.Class].Id], [], p.Sessions[s].Id);
                }
            }
        }

        for (var school = 0; school < p.SchoolCount; school++)
        {
            var days = _state.Soft.SchoolDays(school);
            if (days > 1)
            {
                var classes = _state.Units.Where(u => u.SchoolGroups.Any(g => g.School == school)).Select(u => p.Classes[u.Class].Id).Distinct().ToArray();
                yield return Warning(ConflictKind.SchoolGroupsOnSeveralDays, $"A school's group entries are spread over {days} days", classes, [p.SchoolId(school)], null);
            }
        }
    }

    private void Invalid(string message, Guid classId, Guid? sessionId) =>
        _invalid.Add(new Conflict(ConflictSeverity.Blocking, ConflictKind.InvalidPlacement, message, [classId], [], sessionId));

    private static Conflict Unknown(Guid classId, Guid? sessionId) =>
        new(ConflictSeverity.Blocking, ConflictKind.InvalidPlacement, "No such class part or session in the schedule", [classId], [], sessionId);

    private static Conflict Warning(ConflictKind kind, string message, Guid[] classes, Guid[] people, Guid? session) =>
        new(ConflictSeverity.Warning, kind, message, classes, people, session);
}
