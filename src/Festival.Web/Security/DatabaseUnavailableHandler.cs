using Festival.Infrastructure.Persistence;
using Microsoft.AspNetCore.Diagnostics;

namespace Festival.Web.Security;

/// <summary>
/// A database failure mid-request is answered 503 with <c>Retry-After</c>: clearly temporary, no internals shown.
/// The transaction has rolled back by then, so nothing was half-written.
/// </summary>
internal sealed class DatabaseUnavailableHandler(IProblemDetailsService problems, ILogger<DatabaseUnavailableHandler> logger) : IExceptionHandler
{
    public const string Title = "Festival cannot reach its database right now. Nothing was changed; please try again shortly.";

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (!DatabaseFailure.IsUnavailable(exception))
        {
            return false;
        }

        logger.LogError(exception, "Database unavailable while serving {Path}", httpContext.Request.Path);
        httpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        httpContext.Response.Headers.RetryAfter = "10";
        if (!httpContext.Request.Path.StartsWithSegments("/api"))
        {
            // Pages: let the error page render, with this status.
            return false;
        }

        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = { Status = StatusCodes.Status503ServiceUnavailable, Title = Title },
        });
    }
}
