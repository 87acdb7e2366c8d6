namespace Festival.Application.Syllabus;

public static class SyllabusErrors
{
    public static Error ClassNotFound(int id) => Error.NotFound("class_not_found", $"There is no class with id {id}.");

    public static Error AlreadyCancelled(string code) => Error.Conflict("class_already_cancelled", $"Class {code} is already cancelled.");

    public static readonly Error ReasonRequired = Error.Validation(
        "Reason", "reason_required", "Say why the class is cancelled (at most 200 characters): payers read it in their email and on the credit note.");
}
