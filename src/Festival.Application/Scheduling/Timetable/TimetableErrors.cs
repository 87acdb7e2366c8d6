namespace Festival.Application.Scheduling.Timetable;

internal static class TimetableErrors
{
    public static readonly Error FeedNotFound = Error.NotFound("timetable_feed_not_found", "There is no timetable at this address.");

    public static Error PersonNotFound(int personId) => Error.NotFound("person_not_found", $"Person {personId} was not found.");
}
