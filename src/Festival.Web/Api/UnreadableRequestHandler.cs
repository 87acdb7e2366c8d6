using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;

namespace Festival.Web.Api;

/// <summary>
/// A JSON body the API cannot read (broken JSON, a field of the wrong type, an unknown field) is answered like any other
/// validation failure: 400 problem+json with <c>errors</c> keyed by the field the reader stopped at (<c>body</c> when it
/// is the document as a whole). Other unreadable requests keep their status (415 for another content type) as problem+json.
/// </summary>
internal sealed class UnreadableRequestHandler : IExceptionHandler
{
    public const string WholeBody = "body";

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad || !httpContext.Request.Path.StartsWithSegments("/api"))
        {
            return false;
        }

        IResult answer = bad.InnerException is JsonException json
            ? TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { [FieldOf(json.Path)] = [Describe(json)] },
                title: "The request body is not the JSON this endpoint expects.")
            : TypedResults.Problem(statusCode: bad.StatusCode, title: bad.Message);
        await answer.ExecuteAsync(httpContext);
        return true;
    }

    /// <summary>"$.email" → "email", "$.profile.phone" → "profile.phone", "$" or none → "body".</summary>
    private static string FieldOf(string? path) =>
        path is { Length: > 2 } && path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : WholeBody;

    private static string Describe(JsonException json) => json.Path is { Length: > 2 }
        ? "This field is not readable here: check its type, or remove it if the endpoint does not take it."
        : "The body must be one JSON object with the endpoint's fields.";
}
