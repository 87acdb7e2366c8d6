namespace Festival.Domain.Scheduling;

/// <summary>
/// Cuts a class longer than any session that may hold it into the fewest parts that fit, keeping the entries' order and
/// balancing the parts' lengths; each part carries the summary time (its session ends with remarks). Entries are first
/// ordered so each accompanist's entries are consecutive (unaccompanied entries first, then one block per accompanist in
/// the order they first appear; the given order is kept inside each block): the accompanist is then needed for one
/// stretch of the class rather than all of it.
/// </summary>
internal static class ClassSplitter
{
    public static List<ScheduleUnit> Units(CompiledProblem problem)
    {
        var units = new List<ScheduleUnit>();
        for (var c = 0; c < problem.Classes.Length; c++)
        {
            units.AddRange(Split(problem, c));
        }

        return units;
    }

    private static IEnumerable<ScheduleUnit> Split(CompiledProblem problem, int c)
    {
        var order = AccompanistBlocks(problem.Entries[c]);
        var slots = order.Select(i => problem.Entries[c][i].Slot).ToArray();
        var summary = SessionClock.Seconds(problem.Classes[c].SummaryTime);
        var sessions = problem.Candidates[c].Length > 0 ? problem.Candidates[c] : Enumerable.Range(0, problem.Sessions.Length).ToArray();
        var longest = sessions.Length == 0 ? long.MaxValue : sessions.Max(s => problem.SessionCapacity[s]);
        var all = order;
        if (summary + slots.Sum() <= longest || slots.Length < 2 || slots.Any(slot => summary + slot > longest))
        {
            return [problem.Unit(c, 1, 1, all)];
        }

        for (var parts = 2; parts <= slots.Length; parts++)
        {
            if (Cut(slots, parts, longest - summary) is { } cuts)
            {
                return cuts.Select((positions, i) => problem.Unit(c, i + 1, cuts.Count, [.. positions.Select(k => order[k])]));
            }
        }

        return [problem.Unit(c, 1, 1, all)];
    }

    private static int[] AccompanistBlocks(CompiledEntry[] entries)
    {
        var firstSeen = new Dictionary<int, int>();
        for (var i = 0; i < entries.Length; i++)
        {
            var key = entries[i].Accompanists.Length == 0 ? -1 : entries[i].Accompanists[0];
            firstSeen.TryAdd(key, key < 0 ? -1 : i);
        }

        return [.. Enumerable.Range(0, entries.Length)
            .OrderBy(i => firstSeen[entries[i].Accompanists.Length == 0 ? -1 : entries[i].Accompanists[0]])
            .ThenBy(i => i)];
    }

    /// <summary>Cuts where the running total crosses each k/parts of the whole; null when a part would exceed the limit.</summary>
    private static List<int[]>? Cut(long[] slots, int parts, long limit)
    {
        var total = slots.Sum();
        var cuts = new List<int[]>();
        var current = new List<int>();
        long running = 0;
        long partTime = 0;
        for (var i = 0; i < slots.Length; i++)
        {
            var boundary = total * (cuts.Count + 1) / parts;
            var remainingParts = parts - cuts.Count - 1;
            var pastBoundary = running + slots[i] / 2 > boundary && current.Count > 0 && remainingParts > 0;
            if (pastBoundary || (partTime + slots[i] > limit && current.Count > 0))
            {
                cuts.Add([.. current]);
                current.Clear();
                partTime = 0;
            }

            current.Add(i);
            partTime += slots[i];
            running += slots[i];
            if (partTime > limit)
            {
                return null;
            }
        }

        cuts.Add([.. current]);
        return cuts.Count == parts ? cuts : null;
    }
}
