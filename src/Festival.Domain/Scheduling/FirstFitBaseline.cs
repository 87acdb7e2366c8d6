namespace Festival.Domain.Scheduling;

/// <summary>
/// The schedule a committee gets by filling sessions in order, ignoring people: each class (in code order) goes after
/// the last class of the first session, in time order, whose room and adjudicator suit it and that has time left.
/// For comparison only: check it to count the clashes it would have had.
/// </summary>
public static class FirstFitBaseline
{
    public static Schedule Generate(ScheduleProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var p = new CompiledProblem(problem);
        var units = ClassSplitter.Units(p);
        var state = new ScheduleState(p, units);
        var sessions = Enumerable.Range(0, p.Sessions.Length).OrderBy(s => p.SessionStart[s]).ThenBy(s => p.SessionRoom[s]).ToArray();
        var next = sessions.ToDictionary(s => s, s => p.SessionStart[s]);
        var order = Enumerable.Range(0, units.Count).OrderBy(u => p.Classes[units[u].Class].Code, StringComparer.Ordinal).ThenBy(u => units[u].Part);
        foreach (var u in order)
        {
            foreach (var s in sessions)
            {
                var kind = p.Unsuited(units[u].Class, s);
                var start = p.SkipBreak(s, next[s]);
                var end = p.EndOf(s, start, units[u].Duration);
                if ((kind is null or ConflictKind.AdjudicatorTeachesParticipant) && end <= p.SessionEnd[s])
                {
                    state.Place(u, s, start);
                    next[s] = end;
                    break;
                }
            }
        }

        return ScheduleExport.From(state);
    }
}
