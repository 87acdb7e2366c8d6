namespace Festival.Application.Scheduling.Timetable;

/// <summary>
/// The account's timetable for a season (the current one by default), once its schedule is published: every scheduled
/// entry it may see (its people's, its students', those it teaches or accompanies) and the sessions its person adjudicates.
/// </summary>
public sealed record GetMyTimetableQuery(string UserId, string? Season = null) : IRequest<Result<TimetableView>>;
