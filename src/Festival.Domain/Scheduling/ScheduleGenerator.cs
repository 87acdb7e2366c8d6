namespace Festival.Domain.Scheduling;

/// <summary>
/// Builds a schedule with no hard conflict: pinned classes first, then the rest greedily, most constrained first
/// (fewest sessions that may hold it, then longest, then most people), each at the earliest clash-free start of the
/// session that adds the least penalty; then a seeded local search moves and swaps classes while the penalty falls,
/// never accepting a placement that breaks a hard rule. The same problem and options give the same schedule.
/// </summary>
public static class ScheduleGenerator
{
    /// <summary>Sessions tried per move in the local search, besides the class's own.</summary>
    private const int SessionsPerMove = 6;

    public static ScheduleGeneration Generate(ScheduleProblem problem, GeneratorOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(problem);
        options ??= GeneratorOptions.Default;
        var p = new CompiledProblem(problem);
        var units = ClassSplitter.Units(p);
        var state = new ScheduleState(p, units);
        var unplaced = new Dictionary<int, string>();
        var pinned = PlacePins(state, unplaced);
        foreach (var u in Order(state, pinned))
        {
            if (PlaceBest(state, u, options.OpenSessionCost) is { } reason)
            {
                unplaced[u] = reason;
            }
        }

        Repair(state, unplaced, pinned, options.OpenSessionCost);
        CloseSessions(state, pinned, options.OpenSessionCost);
        Improve(state, pinned, options);
        Repair(state, unplaced, pinned, options.OpenSessionCost);
        CloseSessions(state, pinned, options.OpenSessionCost);

        var schedule = ScheduleExport.From(state);
        var check = ScheduleChecker.Check(problem, schedule);
        var quality = new ScheduleQuality(
            check.Blocking.Count(),
            [.. unplaced.OrderBy(u => u.Key).Select(u => Unplaced(p, units[u.Key], u.Value))],
            check.Soft,
            state.Soft.SessionsUsed,
            LowerBound(p),
            TimeSpan.FromSeconds(p.Classes.Sum(c => SessionClock.Seconds(c.Duration))),
            units.Where(u => u.Part == 2).Count());
        return new ScheduleGeneration(schedule, quality);
    }

    /// <summary>The fewest sessions whose capacity (longest first) covers the total class time.</summary>
    internal static int LowerBound(CompiledProblem p)
    {
        var remaining = p.Classes.Sum(c => SessionClock.Seconds(c.Duration));
        var used = 0;
        foreach (var capacity in p.SessionCapacity.OrderDescending())
        {
            if (remaining <= 0)
            {
                break;
            }

            remaining -= capacity;
            used++;
        }

        return used;
    }

    private static HashSet<int> PlacePins(ScheduleState state, Dictionary<int, string> unplaced)
    {
        var p = state.Problem;
        var pinned = new HashSet<int>();
        foreach (var pin in p.Source.Pins)
        {
            var u = Enumerable.Range(0, state.Units.Count).FirstOrDefault(u => p.Classes[state.Units[u].Class].Id == pin.ClassId && state.Units[u].Part == 1, -1);
            if (u < 0 || !pinned.Add(u))
            {
                continue;
            }

            if (p.SessionNumber(pin.SessionId) is not { } session)
            {
                unplaced[u] = "pinned to a session that does not exist";
                continue;
            }

            long? start = pin.Start is { } time
                ? SessionClock.Absolute(p.Sessions[session].Date, time)
                : state.EarliestStart(u, session, p.SessionStart[session], out _);
            if (start is null)
            {
                unplaced[u] = "pinned to a session where it does not fit without a clash";
                continue;
            }

            state.Place(u, session, start.Value);
            var conflicts = state.HardConflicts(u, onlyLater: false);
            if (conflicts.Count > 0)
            {
                state.Unplace(u);
                unplaced[u] = $"pinned where it breaks a rule: {conflicts[0].Message}";
            }
        }

        return pinned;
    }

    /// <summary>
    /// Most constrained first: units of a discipline whose classes need the largest share of the sessions that may hold
    /// them (in steps of a tenth), then the unit whose people are busiest elsewhere (Σ over its people of their total
    /// class time), then the one with the fewest sessions that may hold it, then the longest.
    /// </summary>
    private static int[] Order(ScheduleState state, HashSet<int> pinned)
    {
        var p = state.Problem;
        var load = new long[p.PersonCount];
        foreach (var unit in state.Units)
        {
            foreach (var person in unit.People)
            {
                load[person] += unit.Duration;
            }
        }

        var crowding = state.Units.Select(unit => unit.People.Sum(person => load[person])).ToArray();
        var demand = state.Units.GroupBy(unit => p.Classes[unit.Class].Discipline, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.Sum(unit => unit.Duration), StringComparer.OrdinalIgnoreCase);
        var pressure = state.Units.Select(unit =>
        {
            var supply = p.Candidates[unit.Class].Sum(s => p.SessionCapacity[s]);
            return supply == 0 ? 0 : (int)(10 * demand[p.Classes[unit.Class].Discipline] / supply);
        }).ToArray();
        return Enumerable.Range(0, state.Units.Count)
            .Where(u => !pinned.Contains(u))
            .OrderByDescending(u => pressure[u])
            .ThenByDescending(u => crowding[u])
            .ThenBy(u => p.Candidates[state.Units[u].Class].Length)
            .ThenByDescending(u => state.Units[u].Duration)
            .ThenBy(u => p.Classes[state.Units[u].Class].Code, StringComparer.Ordinal)
            .ThenBy(u => u)
            .ToArray();
    }

    /// <summary>Places the unit where it adds the least to the objective; the reason it fits nowhere otherwise.</summary>
    private static string? PlaceBest(ScheduleState state, int u, double openSessionCost, int excluded = -1, bool mayOpen = true)
    {
        var p = state.Problem;
        var unit = state.Units[u];
        var best = double.MaxValue;
        (int Session, long Start)? choice = null;
        var blocked = new SortedSet<int>();
        foreach (var session in p.Candidates[unit.Class])
        {
            if (session == excluded || (!mayOpen && state.UnitsIn(session).Count == 0))
            {
                continue;
            }

            if (state.EarliestStart(u, session, p.SessionStart[session], out var people) is not { } start)
            {
                blocked.UnionWith(people ?? []);
                continue;
            }

            state.Place(u, session, start);
            var objective = state.Objective(openSessionCost);
            state.Unplace(u);
            if (objective < best)
            {
                (best, choice) = (objective, (session, start));
            }
        }

        if (choice is { } chosen)
        {
            state.Place(u, chosen.Session, chosen.Start);
            return null;
        }

        return p.Candidates[unit.Class].Length == 0 ? NoSession(p, unit.Class)
            : blocked.Count > 0 ? $"every session that may hold it is full or clashes with its people's other classes ({blocked.Count} people, e.g. {p.PersonId(blocked.Min)})"
            : $"no session that may hold it has {ScheduleState.Minutes(unit.Duration)} minutes free";
    }

    private static string NoSession(CompiledProblem p, int c)
    {
        var kinds = Enumerable.Range(0, p.Sessions.Length).Select(s => p.Unsuited(c, s)).ToHashSet();
        var discipline = p.Classes[c].Discipline;
        return p.Sessions.Length == 0 ? "there are no sessions"
            : kinds.Contains(ConflictKind.AdjudicatorTeachesParticipant) ? "every session's adjudicator who could judge it teaches one of its performers"
            : kinds.Contains(ConflictKind.AdjudicatorUnavailable) ? $"no adjudicator of {discipline} is available on the day of a suitable session"
            : kinds.Contains(ConflictKind.AdjudicatorLacksDiscipline) ? $"no session in a room that suits {discipline} has an adjudicator of {discipline}"
            : $"no room suits {discipline}";
    }

    /// <summary>
    /// Places the units the greedy pass could not by an ejection chain (see <see cref="Chain"/>); when the chain ends
    /// with more units unplaced than it started with, the schedule goes back to how it was.
    /// </summary>
    private static void Repair(ScheduleState state, Dictionary<int, string> unplaced, HashSet<int> pinned, double openSessionCost)
    {
        var waiting = unplaced.Keys.Where(u => !pinned.Contains(u)).ToArray();
        if (waiting.Length == 0)
        {
            return;
        }

        var before = Snapshot(state);
        var left = Chain(state, waiting, pinned, openSessionCost, closed: -1);
        if (left.Count > waiting.Length)
        {
            Restore(state, before);
            return;
        }

        foreach (var u in unplaced.Keys.Where(u => state.Session[u] >= 0).ToArray())
        {
            unplaced.Remove(u);
        }

        // A unit the chain left over may still fit now; only those that do not stay unplaced (a placed unit listed
        // as unplaced would be placed a second time by the next repair).
        foreach (var u in left)
        {
            if (PlaceBest(state, u, openSessionCost) is { } reason)
            {
                unplaced[u] = reason;
            }
            else
            {
                unplaced.Remove(u);
            }
        }
    }

    /// <summary>
    /// An ejection chain: a unit that fits nowhere takes the position (a session start, or the end of a class in the
    /// session) where the fewest other units stand in its way; those are taken out and queued to be placed in turn, and
    /// a unit just taken out is not taken out again for a while. With a <paramref name="closed"/> session, that session
    /// and the sessions not yet used are left alone (the chain is emptying it). Returns
    /// the units still unplaced when the queue empties or the step budget runs out.
    /// </summary>
    private static SortedSet<int> Chain(ScheduleState state, IEnumerable<int> units, HashSet<int> pinned, double openSessionCost, int closed)
    {
        var queue = new SortedSet<int>(units);
        var evictedAt = new Dictionary<int, int>();
        var budget = (closed < 0 ? 200 : 20) * queue.Count;
        for (var step = 0; step < budget && queue.Count > 0; step++)
        {
            var u = queue.Min;
            queue.Remove(u);
            if (PlaceBest(state, u, openSessionCost, closed, mayOpen: closed < 0) is null)
            {
                continue;
            }

            if (LeastBlocked(state, u, pinned, evictedAt, step, closed) is not var (session, start, blockers))
            {
                queue.Add(u);
                break;
            }

            foreach (var v in blockers)
            {
                state.Unplace(v);
                evictedAt[v] = step;
                queue.Add(v);
            }

            state.Place(u, session, start);
        }

        return queue;
    }

    /// <summary>The position where the fewest (then the shortest) units, none pinned or recently moved, block unit <paramref name="u"/>.</summary>
    private static (int Session, long Start, int[] Blockers)? LeastBlocked(ScheduleState state, int u, HashSet<int> pinned, Dictionary<int, int> evictedAt, int step, int closed)
    {
        const int Tenure = 7;
        var p = state.Problem;
        (int Session, long Start, int[] Blockers)? best = null;
        var bestCost = (Count: int.MaxValue, Time: long.MaxValue);
        foreach (var session in p.Candidates[state.Units[u].Class].Where(s => s != closed && (closed < 0 || state.UnitsIn(s).Count > 0)))
        {
            var starts = state.UnitsIn(session).Select(v => state.End[v]).Prepend(p.SessionStart[session]).Select(t => p.SkipBreak(session, t)).Distinct().Order().ToArray();
            foreach (var start in starts)
            {
                state.Place(u, session, start);
                var blockers = state.Blockers(u);
                state.Unplace(u);
                if (blockers is null || blockers.Any(v => pinned.Contains(v) || (evictedAt.TryGetValue(v, out var at) && step - at < Tenure)))
                {
                    continue;
                }

                var cost = (blockers.Count, blockers.Sum(v => state.Units[v].Duration));
                if (cost.CompareTo(bestCost) < 0)
                {
                    (bestCost, best) = (cost, (session, start, [.. blockers.Order()]));
                }
            }
        }

        return best;
    }

    private static (int Session, long Start)[] Snapshot(ScheduleState state) =>
        [.. Enumerable.Range(0, state.Units.Count).Select(u => (state.Session[u], state.Start[u]))];

    private static void Restore(ScheduleState state, (int Session, long Start)[] snapshot)
    {
        for (var u = 0; u < snapshot.Length; u++)
        {
            if (state.Session[u] >= 0)
            {
                state.Unplace(u);
            }
        }

        for (var u = 0; u < snapshot.Length; u++)
        {
            if (snapshot[u].Session >= 0)
            {
                state.Place(u, snapshot[u].Session, snapshot[u].Start);
            }
        }
    }

    /// <summary>
    /// Tries to empty each session less than 80 % full, the emptiest first: its units are placed elsewhere by an ejection
    /// chain that may not use it. The result is kept when every unit found a place and the objective fell (a session
    /// fewer pays for the moves); otherwise the schedule goes back to how it was.
    /// </summary>
    private static void CloseSessions(ScheduleState state, HashSet<int> pinned, double openSessionCost)
    {
        var p = state.Problem;
        var fill = (int s) => (double)state.UnitsIn(s).Sum(u => state.Units[u].Duration) / Math.Max(1, p.SessionCapacity[s]);
        var underused = Enumerable.Range(0, p.Sessions.Length)
            .Where(s => state.UnitsIn(s).Count > 0 && fill(s) < 0.8)
            .OrderBy(fill)
            .ThenBy(s => s)
            .ToArray();
        foreach (var session in underused)
        {
            var units = state.UnitsIn(session).OrderBy(u => u).ToArray();
            if (units.Length == 0 || units.Any(pinned.Contains))
            {
                continue;
            }

            var before = state.Objective(openSessionCost);
            var snapshot = Snapshot(state);
            Array.ForEach(units, state.Unplace);
            var left = Chain(state, units, pinned, openSessionCost, closed: session);
            if (left.Count > 0 || state.Objective(openSessionCost) >= before - 1e-9)
            {
                Restore(state, snapshot);
            }
        }
    }

    /// <summary>Seeded local search: move a class to the best of a few sessions, or swap two classes; keep only improvements.</summary>
    private static void Improve(ScheduleState state, HashSet<int> pinned, GeneratorOptions options)
    {
        var movable = Enumerable.Range(0, state.Units.Count).Where(u => !pinned.Contains(u) && state.Session[u] >= 0).ToArray();
        if (movable.Length == 0)
        {
            return;
        }

        var random = new Random(options.Seed);
        var iterations = options.LocalSearchIterations ?? 40 * state.Units.Count;
        var current = state.Objective(options.OpenSessionCost);
        for (var i = 0; i < iterations; i++)
        {
            var u = movable[random.Next(movable.Length)];
            current = random.Next(3) == 0
                ? TrySwap(state, u, pinned, random, current, options.OpenSessionCost)
                : TryMove(state, u, random, current, options.OpenSessionCost);
        }
    }

    private static double TryMove(ScheduleState state, int u, Random random, double current, double openSessionCost)
    {
        var p = state.Problem;
        var (home, homeStart) = (state.Session[u], state.Start[u]);
        var candidates = p.Candidates[state.Units[u].Class];
        state.Unplace(u);
        var best = current;
        (int Session, long Start)? choice = null;
        for (var k = 0; k <= SessionsPerMove; k++)
        {
            var session = k == 0 ? home : candidates[random.Next(candidates.Length)];
            if (state.EarliestStart(u, session, p.SessionStart[session], out _) is not { } start)
            {
                continue;
            }

            state.Place(u, session, start);
            var objective = state.Objective(openSessionCost);
            state.Unplace(u);
            if (objective < best - 1e-9)
            {
                (best, choice) = (objective, (session, start));
            }
        }

        var (to, at) = choice ?? (home, homeStart);
        state.Place(u, to, at);
        return best;
    }

    private static double TrySwap(ScheduleState state, int u, HashSet<int> pinned, Random random, double current, double openSessionCost)
    {
        var p = state.Problem;
        var candidates = p.Candidates[state.Units[u].Class];
        var (home, homeStart) = (state.Session[u], state.Start[u]);
        var away = candidates[random.Next(candidates.Length)];
        var there = state.UnitsIn(away);
        if (away == home || there.Count == 0)
        {
            return current;
        }

        var v = there[random.Next(there.Count)];
        if (pinned.Contains(v) || p.Unsuited(state.Units[v].Class, home) is not null)
        {
            return current;
        }

        var awayStart = state.Start[v];
        state.Unplace(u);
        state.Unplace(v);
        if (state.EarliestStart(u, away, p.SessionStart[away], out _) is { } uStart)
        {
            state.Place(u, away, uStart);
            if (state.EarliestStart(v, home, p.SessionStart[home], out _) is { } vStart)
            {
                state.Place(v, home, vStart);
                var objective = state.Objective(openSessionCost);
                if (objective < current - 1e-9)
                {
                    return objective;
                }

                state.Unplace(v);
            }

            state.Unplace(u);
        }

        state.Place(u, home, homeStart);
        state.Place(v, away, awayStart);
        return current;
    }

    private static UnplacedClass Unplaced(CompiledProblem p, ScheduleUnit unit, string reason) =>
        new(p.Classes[unit.Class].Id, p.Classes[unit.Class].Code, unit.Part, unit.PartCount, reason);
}
