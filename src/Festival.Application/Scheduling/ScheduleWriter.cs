using Festival.Domain.Scheduling;

namespace Festival.Application.Scheduling;

/// <summary>Stores engine placements as scheduled classes: the one way generating and editing write the schedule.</summary>
internal static class ScheduleWriter
{
    /// <summary>
    /// Puts the stored scheduled classes of the classes <paramref name="inScope"/> where <paramref name="placements"/>
    /// say: a part scheduled before keeps its record (and its pin), other parts are added, parts no longer placed are
    /// removed, except that a pinned class with no placement at all (a pin the generator could not keep) stays where
    /// staff put it, for them to resolve.
    /// </summary>
    /// <returns>The scheduled classes in scope after the write.</returns>
    public static IReadOnlyList<ScheduledClass> Write(IScheduleStore store, SeasonScheduleData data, IEnumerable<ClassPlacement> placements, Func<int, bool> inScope)
    {
        var rows = data.Scheduled.Where(s => inScope(s.ClassId)).ToList();
        var existing = rows.ToDictionary(s => (s.ClassId, s.Part, s.PartCount));
        var pins = rows.Where(s => s.Part == 1 && s.IsPinned).ToDictionary(s => s.ClassId, s => s.Pin);
        var placed = new HashSet<int>();
        foreach (var placement in placements)
        {
            var classId = ScheduleIds.Number(placement.ClassId);
            placed.Add(classId);
            var sessionId = ScheduleIds.Number(placement.SessionId);
            var order = placement.EntryOrder.Select(ScheduleIds.Number).ToArray();
            if (existing.Remove((classId, placement.Part, placement.PartCount), out var scheduled))
            {
                scheduled.MoveTo(sessionId, placement.Start);
                scheduled.Reorder(order);
            }
            else
            {
                var pin = placement.Part == 1 ? pins.GetValueOrDefault(classId) : SchedulePinKind.None;
                var added = new ScheduledClass(data.SeasonId, classId, placement.Part, placement.PartCount, sessionId, placement.Start, order, pin);
                store.Add(added);
                rows.Add(added);
            }
        }

        foreach (var gone in existing.Values.Where(s => !(s.IsPinned && !placed.Contains(s.ClassId))))
        {
            store.Remove(gone);
            rows.Remove(gone);
        }

        return rows;
    }
}
