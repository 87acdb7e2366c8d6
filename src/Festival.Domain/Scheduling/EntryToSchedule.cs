namespace Festival.Domain.Scheduling;

/// <summary>
/// One entry of a class and the people it ties up. <paramref name="Slot"/> is the entry's share of the class's time:
/// its repertoire's timed duration plus the adjudication and warm-up time per entry, computed by the caller.
/// <paramref name="Performers"/> are the participants and, for a group, its members; <paramref name="Conductors"/> are
/// teachers who conduct a group; <paramref name="Teachers"/> are the performers' teachers (an adjudicator who teaches one
/// of them may not judge the class). <paramref name="SchoolId"/> is set on a school's group entries.
/// </summary>
public sealed record EntryToSchedule(
    Guid Id,
    TimeSpan Slot,
    IReadOnlyList<Guid> Performers,
    IReadOnlyList<Guid> Accompanists,
    IReadOnlyList<Guid> Conductors,
    IReadOnlyList<Guid> Teachers,
    Guid? SchoolId = null);
