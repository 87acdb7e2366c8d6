namespace Festival.Application.People;

public static class PeopleErrors
{
    public static Error PersonNotFound(int id) => Error.NotFound("person_not_found", $"There is no person with id {id}.");

    public static readonly Error NameRequired = Error.Validation("Name", "person_name_required", "Give the person's name.");

    public static readonly Error NameTooLong = Error.Validation("Name", "person_name_too_long", "A name is at most 200 characters.");

    public static readonly Error PhoneTooLong = Error.Validation("Phone", "person_phone_too_long", "A phone number is at most 40 characters.");

    public static readonly Error BirthDateInFuture = Error.Validation("BirthDate", "person_birth_date_future", "A birth date cannot be in the future.");

    public static readonly Error SchoolNotFound = Error.Validation("SchoolId", "school_not_found", "Choose one of the schools listed.");

    public static readonly Error MergeWithSelf = Error.Validation("MergePersonId", "merge_same_person", "Choose another person to merge into this one.");

    public static readonly Error BothHaveAccounts = Error.Conflict(
        "merge_two_accounts", "Both people sign in with an account of their own; a person has at most one account, so they cannot be merged.");

    public static Error SharedEntry(string classCode) => Error.Conflict(
        "merge_shared_entry", $"Both people perform in the same entry of class {classCode}; merged, that entry would name one person twice.");

    public static Error SameClassTwice(string classCode) => Error.Conflict(
        "merge_same_class", $"Both people have an entry with the same performers in class {classCode}; merged, they would be one entry twice. Withdraw one first.");
}
