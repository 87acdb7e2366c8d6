namespace Festival.Domain.Scheduling;

/// <summary>Turns the engine's placed units back into a <see cref="Schedule"/>, in time order.</summary>
internal static class ScheduleExport
{
    public static Schedule From(ScheduleState state)
    {
        var p = state.Problem;
        var placements = Enumerable.Range(0, state.Units.Count)
            .Where(u => state.Session[u] >= 0)
            .OrderBy(u => state.Start[u]).ThenBy(u => p.SessionRoom[state.Session[u]]).ThenBy(u => state.Session[u]).ThenBy(u => u)
            .Select(u =>
            {
                var unit = state.Units[u];
                var entries = p.Classes[unit.Class].Entries;
                return new ClassPlacement(
                    p.Classes[unit.Class].Id,
                    unit.Part,
                    unit.PartCount,
                    p.Sessions[state.Session[u]].Id,
                    SessionClock.TimeOfDay(state.Start[u]),
                    [.. unit.Positions.Select(i => entries[i].Id)]);
            })
            .ToArray();
        return new Schedule(placements);
    }
}
