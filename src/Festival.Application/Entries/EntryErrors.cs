using Festival.Domain.Seasons;

namespace Festival.Application.Entries;

public static class EntryErrors
{
    public static Error ClassNotFound(int classId) =>
        Error.Validation("ClassId", "class_not_found", $"There is no class {classId} in this season's syllabus.");

    public static Error Window(EntryWindow window, DateTimeOffset? closedAt) => window switch
    {
        EntryWindow.NotYetOpen => Error.Conflict("entries_not_open", "Entries for this season are not open yet."),
        _ => Error.Conflict("entries_closed",
            $"Entries closed{(closedAt is { } at ? $" on {at:yyyy-MM-dd HH:mm} UTC" : string.Empty)}; only the festival office can change entries now."),
    };

    public static Error EntryCancelled(int id) =>
        Error.Conflict("entry_cancelled", $"Entry {id} is in a class the festival cancelled; it was credited on the invoice and stays there.");

    public static Error ClassCancelled(string classCode) =>
        Error.Conflict("class_cancelled", $"Class {classCode} was cancelled by the festival and takes no entries.");

    public static Error BasketEmpty => Error.Validation("Basket", "basket_empty", "Your basket is empty: add an entry first.");

    public static Error BasketItemNotFound(int id) => Error.NotFound("basket_item_not_found", $"There is no item {id} in your basket.");

    public static Error EntryNotFound(int id) => Error.NotFound("entry_not_found", $"There is no entry {id} among your entries.");

    public static Error AlreadyEntered(string classCode, string performers) =>
        Error.Conflict("already_entered", $"{performers} already {(performers.Contains(',', StringComparison.Ordinal) ? "have" : "has")} an entry in class {classCode}.");

    public static Error CodeNotFound(string field, string code) =>
        Error.Validation(field, "profile_code_not_found", $"No one has the profile code '{code}'.");

    public static Error CodeInvalid(string field) =>
        Error.Validation(field, "profile_code_invalid", "A profile code looks like P-7K3Q9: P, a dash and five letters or digits.");
}
