using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Festival.Web.Security;

/// <summary>
/// Per-client-IP limits on registering and signing in (<c>Festival:RateLimits</c>). Generous on purpose: a whole
/// school may sign up from one address. The per-account lockout is what stops password guessing.
/// </summary>
public sealed class RateLimitOptions
{
    public const string Section = "Festival:RateLimits";
    public const string Register = "register";
    public const string SignIn = "sign-in";

    public int RegisterPerMinute { get; set; } = 30;

    public int SignInPerMinute { get; set; } = 60;

    public static IServiceCollection AddFestivalRateLimits(IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(Section).Get<RateLimitOptions>() ?? new RateLimitOptions();
        if (options.RegisterPerMinute < 1 || options.SignInPerMinute < 1)
        {
            throw new InvalidOperationException($"{Section}:RegisterPerMinute and SignInPerMinute must be at least 1.");
        }

        return services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(Register, context => PerClient(context, Register, options.RegisterPerMinute));
            limiter.AddPolicy(SignIn, context => PerClient(context, SignIn, options.SignInPerMinute));
            limiter.OnRejected = async (rejected, cancellationToken) =>
            {
                var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
                var response = rejected.HttpContext.Response;
                response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                await Results.Problem(
                        statusCode: StatusCodes.Status429TooManyRequests,
                        title: "Too many attempts",
                        detail: "Too many attempts from your network. Please wait a minute and try again.")
                    .ExecuteAsync(rejected.HttpContext);
            };
        });
    }

    /// <summary>Only form and API submissions count; showing the form is free.</summary>
    private static RateLimitPartition<string> PerClient(HttpContext context, string policy, int perMinute) =>
        HttpMethods.IsPost(context.Request.Method)
            ? RateLimitPartition.GetFixedWindowLimiter(
                $"{policy}:{context.Connection.RemoteIpAddress}",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
            : RateLimitPartition.GetNoLimiter(string.Empty);
}
