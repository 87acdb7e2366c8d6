using Festival.Domain.Scheduling;

namespace Festival.Application.Scheduling;

public static class ScheduleErrors
{
    public static Error VenueNotFound(int id) => Error.NotFound("venue_not_found", $"There is no venue #{id}.");

    public static Error RoomNotFound(int id) => Error.NotFound("room_not_found", $"There is no room #{id}.");

    public static Error AdjudicatorNotFound(int id) => Error.NotFound("adjudicator_not_found", $"There is no adjudicator #{id} in this season.");

    public static Error SessionNotFound(int id) => Error.NotFound("session_not_found", $"There is no session #{id} in this season.");

    public static Error PersonNotFound(int id) => Error.NotFound("person_not_found", $"There is no person #{id}.");

    public static Error ClassNotFound(int id) => Error.NotFound("class_not_found", $"There is no class #{id} with entries in this season.");

    public static Error PartNotFound(string code, int part) => Error.NotFound("part_not_found", $"{code} has no scheduled part {part}.");

    public static Error NotScheduled(string code) => Error.Conflict("class_not_scheduled", $"{code} is not scheduled yet: move it into a session first.");

    public static Error VenueNameTaken(string name) => Error.Conflict("venue_exists", $"A venue named '{name}' already exists.", "Name");

    public static Error RoomNameTaken(string name) => Error.Conflict("room_exists", $"This venue already has a room named '{name}'.", "Name");

    public static Error AlreadyAdjudicator(int personId) => Error.Conflict("adjudicator_exists", $"Person #{personId} is already an adjudicator this season.", "PersonId");

    public static Error SessionOverlaps(Session other) => Error.Conflict(
        "session_overlaps", $"The room already has a session on {other.Date:yyyy-MM-dd} from {other.Start:HH\\:mm} to {other.End:HH\\:mm}.");

    public static Error Required(string field, string what) => Error.Validation(field, "required", $"Give the {what}.");

    public static Error TooLong(string field, string what, int max) => Error.Validation(field, "too_long", $"The {what} is at most {max} characters.");

    public static Error Times(string problem) => Error.Validation("Start", "session_times", char.ToUpperInvariant(problem[0]) + problem[1..] + ".");

    public static Error Settings(string problem) => Error.Validation("Settings", "schedule_settings", char.ToUpperInvariant(problem[0]) + problem[1..] + ".");

    public static readonly Error TemplateEmpty = Error.Validation("Times", "template_empty", "Name at least one day, one room and one time range.");

    public static readonly Error TemplateTooLarge = Error.Validation("To", "template_too_large", "A template makes at most 1,000 sessions at once.");

    public static readonly Error EntryOrderMismatch = Error.Validation(
        "EntryOrder", "entry_order", "The new order must name each entry of that part exactly once.");

    public static readonly Error NotPublished = Error.NotFound("schedule_not_published", "The programme has not been published yet.");

    public static readonly Error NothingToPublish = Error.Conflict("schedule_empty", "Nothing is scheduled yet: generate the schedule first.");

    public static Error BlockingConflicts(int count) => Error.Conflict(
        "schedule_blocking", $"The schedule has {count} blocking conflict(s): resolve them, or publish with an explicit override.");

    public static readonly Error SwapWithSelf = Error.Validation("ClassB", "swap_self", "Choose two different class parts to swap.");
}
