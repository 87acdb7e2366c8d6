namespace Festival.Application.Scheduling.Timetable;

/// <summary>
/// The iCalendar document of the person whose feed token this is, for the current season: their performances (as
/// performer, group member, accompanist or teacher) and the sessions they adjudicate, none until the schedule is published.
/// An unknown or replaced token is not found.
/// </summary>
public sealed record GetTimetableFeedQuery(string Token) : IRequest<Result<string>>;
