using Festival.Domain.Entries;
using Festival.Domain.People;
using Festival.Domain.Scheduling;
using Festival.Domain.Syllabus;

namespace Festival.Application.Scheduling;

/// <summary>
/// Everything of one season the scheduler reads, loaded once: classes, entries (with participants and pieces), the
/// groups they name, teacher links of the performers, the venues and rooms of its sessions, adjudicators, sessions, what is scheduled now and the
/// season's settings. Read-only: changes go through the scheduled classes loaded for changing.
/// </summary>
public sealed record SeasonScheduleData(
    int SeasonId,
    ScheduleSettings Settings,
    IReadOnlyList<FestivalClass> Classes,
    IReadOnlyList<Entry> Entries,
    IReadOnlyList<Group> Groups,
    IReadOnlyList<PersonLink> TeacherLinks,
    IReadOnlyList<Venue> Venues,
    IReadOnlyList<Room> Rooms,
    IReadOnlyList<Adjudicator> Adjudicators,
    IReadOnlyList<Session> Sessions,
    IReadOnlyList<ScheduledClass> Scheduled);
