namespace Festival.Application.Common;

/// <summary>How an entry point should answer an expected failure (form error, 400, 404, 409, exit code).</summary>
public enum ErrorKind
{
    Validation,
    NotFound,
    Conflict,
    Forbidden,
}

/// <summary>An expected failure, carried as data. <paramref name="Field"/> names the input it is about, if any.</summary>
public sealed record Error(ErrorKind Kind, string Code, string Message, string? Field = null)
{
    public static Error Validation(string field, string code, string message) => new(ErrorKind.Validation, code, message, field);

    public static Error NotFound(string code, string message) => new(ErrorKind.NotFound, code, message);

    public static Error Conflict(string code, string message, string? field = null) => new(ErrorKind.Conflict, code, message, field);

    public static Error Forbidden(string code, string message) => new(ErrorKind.Forbidden, code, message);
}
