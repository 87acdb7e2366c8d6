namespace Festival.Application.Scheduling.Timetable;

/// <summary>
/// An account's timetable for a season: empty <see cref="Lines"/> and <see cref="Published"/> false until the schedule
/// is published; <see cref="People"/> are those it may have a feed for, with the feed's token when one exists.
/// </summary>
public sealed record TimetableView(string Season, bool Published, IReadOnlyList<TimetableLine> Lines, IReadOnlyList<TimetableFeedLink> People);

/// <summary>
/// One performance (a scheduled class part with one entry of the person's) or, for an adjudicator, one session they
/// hear. <see cref="Uid"/> stays the same while the performance or session exists, whenever it moves.
/// </summary>
public sealed record TimetableLine(
    string Uid, DateOnly Date, TimeOnly Start, TimeOnly End, string Venue, string Room, string Class, string Performers, string Role);

public sealed record TimetableFeedLink(int PersonId, string Name, string? Token);
