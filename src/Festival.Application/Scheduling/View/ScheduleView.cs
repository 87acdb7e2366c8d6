using Festival.Application.Scheduling.Edit;

namespace Festival.Application.Scheduling.View;

/// <summary>
/// A season's schedule as stored, for the grid, the API and exports: sessions in time order with their classes in time
/// order, each class with its entries in performance order, and the classes with entries that are not scheduled.
/// </summary>
public sealed record ScheduleView(int SeasonId, string Season, IReadOnlyList<SessionView> Sessions, IReadOnlyList<UnscheduledClass> Unscheduled);

public sealed record SessionView(
    int Id, int VenueId, string Venue, int RoomId, string Room, DateOnly Date, TimeOnly Start, TimeOnly End, PersonRef? Adjudicator,
    IReadOnlyList<string> RoomDisciplines, IReadOnlyList<BreakView> Breaks, IReadOnlyList<ScheduledClassView> Classes);

public sealed record BreakView(TimeOnly Start, TimeOnly End);

public sealed record ScheduledClassView(
    int ClassId, string Code, string Name, string Discipline, int Part, int PartCount, TimeOnly Start, TimeOnly End, string Pin, IReadOnlyList<ScheduledEntryView> Entries)
{
    public string Label => PartCount > 1 ? $"{Code} part {Part}/{PartCount}" : Code;
}

/// <summary>An entry in its performance slot: its performers (participants, or a group's members), accompanist and pieces ("Title (Composer)").</summary>
public sealed record ScheduledEntryView(int EntryId, int Position, string? Group, IReadOnlyList<PersonRef> Performers, PersonRef? Accompanist, IReadOnlyList<string> Pieces);

public sealed record UnscheduledClass(int ClassId, string Code, string Name, int Entries);
