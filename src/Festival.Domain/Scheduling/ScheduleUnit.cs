namespace Festival.Domain.Scheduling;

/// <summary>
/// What is placed as one block: a whole class, or one part of a split class, with the entries it holds, its duration,
/// and the people it ties up. Performers, group members and conductors are present for the whole span (they stay for
/// the adjudication and awards); an accompanist who does not perform is present from the start of the first entry they
/// accompany to the end of the last, in the unit's entry order.
/// </summary>
internal sealed class ScheduleUnit
{
    public ScheduleUnit(CompiledProblem problem, int classNumber, int part, int partCount, int[] positions)
    {
        Class = classNumber;
        Part = part;
        PartCount = partCount;
        Positions = positions;
        var entries = positions.Select(p => problem.Entries[classNumber][p]).ToArray();
        Duration = SessionClock.Seconds(problem.Classes[classNumber].SummaryTime) + entries.Sum(e => e.Slot);
        Performers = [.. entries.SelectMany(e => e.Performers).Distinct().Order()];
        Accompanists = [.. entries.SelectMany(e => e.Accompanists).Distinct().Order()];
        People = [.. entries.SelectMany(e => e.Performers.Concat(e.Accompanists).Concat(e.Conductors)).Distinct().Order()];
        var whole = entries.SelectMany(e => e.Performers.Concat(e.Conductors)).ToHashSet();
        From = new long[People.Length];
        To = new long[People.Length];
        var index = People.Select((person, i) => (person, i)).ToDictionary(x => x.person, x => x.i);
        Array.Fill(From, long.MaxValue);
        long offset = 0;
        foreach (var entry in entries)
        {
            foreach (var accompanist in entry.Accompanists.Where(a => !whole.Contains(a)))
            {
                var i = index[accompanist];
                From[i] = Math.Min(From[i], offset);
                To[i] = Math.Max(To[i], offset + entry.Slot);
            }

            offset += entry.Slot;
        }

        for (var i = 0; i < People.Length; i++)
        {
            if (whole.Contains(People[i]))
            {
                (From[i], To[i]) = (0, Duration);
            }
        }

        AccompanistIndex = [.. Accompanists.Select(a => index[a])];
        SchoolGroups = [.. entries.Where(e => e.School >= 0).GroupBy(e => e.School).OrderBy(g => g.Key).Select(g => (g.Key, g.Count()))];
        Label = partCount > 1 ? $"{problem.Classes[classNumber].Code} part {part}/{partCount}" : problem.Classes[classNumber].Code;
    }

    public int Class { get; }

    public int Part { get; }

    public int PartCount { get; }

    /// <summary>The class's entries this unit holds, by their position in the class, in performance order.</summary>
    public int[] Positions { get; }

    public long Duration { get; }

    /// <summary>Everyone who must be present for the whole span: performers, group members, accompanists, conductors.</summary>
    public int[] People { get; }

    /// <summary>When each of <see cref="People"/> arrives, in seconds of class time after the unit starts.</summary>
    public long[] From { get; }

    /// <summary>When each of <see cref="People"/> leaves, in seconds of class time after the unit starts.</summary>
    public long[] To { get; }

    /// <summary>Where each of <see cref="Accompanists"/> is in <see cref="People"/>.</summary>
    public int[] AccompanistIndex { get; }

    public int[] Performers { get; }

    public int[] Accompanists { get; }

    public (int School, int Entries)[] SchoolGroups { get; }

    public string Label { get; }

    /// <summary>When person <paramref name="i"/> of <see cref="People"/> is present if the unit starts at <paramref name="start"/>.</summary>
    public (long Start, long End) Presence(CompiledProblem problem, int i, int session, long start) =>
        (From[i] == 0 ? start : problem.EndOf(session, start, From[i]), problem.EndOf(session, start, To[i]));
}
