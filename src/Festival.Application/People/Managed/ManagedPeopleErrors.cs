namespace Festival.Application.People.Managed;

public static class ManagedPeopleErrors
{
    /// <summary>
    /// The same answer whether the person does not exist or is someone else's: an id guessed from another family's
    /// child tells the guesser nothing.
    /// </summary>
    public static Error PersonNotFound(int personId) =>
        Error.NotFound("person_not_found", $"There is no person {personId} among the people you enter.");

    public static Error GroupNotFound(int groupId) =>
        Error.NotFound("group_not_found", $"There is no group {groupId} among the groups you enter.");

    public static Error CodeNotFound(string code) =>
        Error.Validation("ProfileCode", "profile_code_not_found", $"No one has the profile code '{code}'. Check it with the person who gave it to you.");

    public static Error CodeInvalid =>
        Error.Validation("ProfileCode", "profile_code_invalid", "A profile code looks like P-7K3Q9: P, a dash and five letters or digits.");

    public static Error LinkNotFound(int linkId) =>
        Error.NotFound("link_not_found", $"There is no link request {linkId} waiting for your answer.");

    public static Error SelfLink =>
        Error.Validation("ProfileCode", "link_to_self", "That is your own profile code.");

    public static Error AlreadyLinked(string name) =>
        Error.Conflict("link_exists", $"You are already linked to {name} as their teacher, or your request is waiting for an answer.", "ProfileCode");
}
