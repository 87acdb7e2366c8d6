using Festival.Application.Common;

namespace Festival.Web.Api;

/// <summary>The one mapping from failed results to HTTP problems: 400 with field-keyed errors, 404, 409, 403.</summary>
public static class ApiResults
{
    private static readonly string[] FieldRequired = ["This field is required."];

    public static IResult Problem(Result result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var validation = result.Errors.Where(e => e.Kind == ErrorKind.Validation).ToArray();
        if (validation.Length > 0)
        {
            return TypedResults.ValidationProblem(
                validation.GroupBy(e => JsonName(e.Field)).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()),
                title: "The request has invalid fields.");
        }

        var first = result.Errors[0];
        var status = first.Kind switch
        {
            ErrorKind.NotFound => StatusCodes.Status404NotFound,
            ErrorKind.Conflict => StatusCodes.Status409Conflict,
            ErrorKind.Forbidden => StatusCodes.Status403Forbidden,
            _ => StatusCodes.Status400BadRequest,
        };
        return TypedResults.Problem(
            statusCode: status,
            title: first.Message,
            detail: string.Join(" ", result.Errors.Skip(1).Select(e => e.Message)) is { Length: > 0 } more ? more : null,
            extensions: new Dictionary<string, object?> { ["code"] = first.Code });
    }

    /// <summary>400 with an error for each of <paramref name="fields"/> that is missing or blank, or null when all are given.</summary>
    public static IResult? Required(params (string Field, string? Value)[] fields)
    {
        var missing = fields.Where(f => string.IsNullOrWhiteSpace(f.Value)).ToDictionary(f => f.Field, _ => FieldRequired);
        return missing.Count == 0 ? null : TypedResults.ValidationProblem(missing, title: "The request has invalid fields.");
    }

    /// <summary>Error fields are named like the C# inputs ("DisplayName"); JSON bodies use camelCase ("displayName").</summary>
    private static string JsonName(string? field) =>
        string.IsNullOrEmpty(field) ? string.Empty : char.ToLowerInvariant(field[0]) + field[1..];
}
