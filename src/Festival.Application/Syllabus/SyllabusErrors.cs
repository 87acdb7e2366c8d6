namespace Festival.Application.Syllabus;

public static class SyllabusErrors
{
    public static Error ClassNotFound(int id) => Error.NotFound("class_not_found", $"There is no class with id {id}.");
}
