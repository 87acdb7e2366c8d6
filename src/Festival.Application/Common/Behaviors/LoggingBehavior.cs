using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace Festival.Application.Common.Behaviors;

/// <summary>Outermost behavior: logs each request by name (never its content) and warns when one is slow.</summary>
public sealed class LoggingBehavior<TRequest, TResponse>(ILogger<LoggingBehavior<TRequest, TResponse>> logger)
    : IPipelineBehavior<TRequest, TResponse>
{
    private static readonly TimeSpan SlowRequest = TimeSpan.FromMilliseconds(500);

    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        ArgumentNullException.ThrowIfNull(next);
        var name = typeof(TRequest).Name;
        var started = Stopwatch.GetTimestamp();
        try
        {
            var response = await next();
            var elapsed = Stopwatch.GetElapsedTime(started);
            if (response is Result { Succeeded: false } failed)
            {
                logger.LogInformation("{Request} failed in {ElapsedMs:0} ms: {Codes}", name, elapsed.TotalMilliseconds,
                    string.Join(",", failed.Errors.Select(e => e.Code)));
            }
            else if (elapsed > SlowRequest)
            {
                logger.LogWarning("{Request} took {ElapsedMs:0} ms", name, elapsed.TotalMilliseconds);
            }
            else
            {
                logger.LogDebug("{Request} handled in {ElapsedMs:0} ms", name, elapsed.TotalMilliseconds);
            }

            return response;
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "{Request} threw after {ElapsedMs:0} ms", name, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            throw;
        }
    }
}
