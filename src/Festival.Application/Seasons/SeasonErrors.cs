namespace Festival.Application.Seasons;

public static class SeasonErrors
{
    public static Error NotFound(string name) => Error.NotFound("season_not_found", $"There is no season named '{name}'.");

    public static readonly Error NoCurrentSeason = Error.NotFound(
        "no_current_season", "There is no current season yet: create one (season create NAME) or choose one (season use NAME).");

    public static Error NameTaken(string name) => Error.Conflict("season_exists", $"A season named '{name}' already exists.", "Name");

    public static readonly Error NameRequired = Error.Validation("Name", "season_name_required", "Give the season a name, such as 2027.");

    public static readonly Error NameTooLong = Error.Validation("Name", "season_name_too_long", "A season's name is at most 64 characters.");

    public static readonly Error DatesOutOfOrder = Error.Validation("EndsOn", "season_dates", "The festival cannot end before it starts.");

    public static readonly Error EntryDatesOutOfOrder = Error.Validation(
        "EntriesCloseAt", "season_entry_dates", "Entries cannot close before they open.");
}
