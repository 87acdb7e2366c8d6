using Microsoft.Extensions.Options;

namespace Festival.Web.Security;

/// <summary>
/// Outside Development cookies are Secure, so a page with a form cannot work over plain HTTP: the antiforgery cookie
/// would make it a 500. A page request still on HTTP after the forwarded headers and the HTTPS redirect (which only
/// redirects when it knows the HTTPS port) gets a page saying so instead, and the log one line saying what to configure.
/// The JSON API (no antiforgery) and <c>/health</c> (for load balancers) still answer.
/// </summary>
public sealed partial class PlainHttpGuard(RequestDelegate next, ILogger<PlainHttpGuard> logger, IOptions<ProxyOptions> proxy)
{
    private int _warned;

    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var path = context.Request.Path;
        if (context.Request.IsHttps || path.StartsWithSegments("/api") || path.StartsWithSegments("/health"))
        {
            return next(context);
        }

        if (Interlocked.Exchange(ref _warned, 1) == 0)
        {
            var hint = proxy.Value.IsConfigured
                ? $"the request came from {context.Connection.RemoteIpAddress}, which is not in {ProxyOptions.Section}:KnownProxies or KnownNetworks, or the proxy sent no X-Forwarded-Proto"
                : $"{ProxyOptions.Section}:KnownProxies (or KnownNetworks) is not set, so X-Forwarded-Proto from the proxy is ignored";
            LogPlainHttp(logger, hint);
        }

        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        context.Response.ContentType = "text/html; charset=utf-8";
        return context.Response.WriteAsync(Page);
    }

    private const string Page = """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>Festival needs HTTPS</title></head>
        <body><h1>This site must be opened over HTTPS</h1>
        <p>Festival received this request over plain HTTP and cannot tell whether a proxy in front of it uses HTTPS.
        Open the site's https:// address. If you run this site, see the application log: it names the setting to configure.</p>
        </body></html>
        """;

    [LoggerMessage(Level = LogLevel.Error, Message = "Refusing pages over plain HTTP (cookies are Secure outside Development): {Hint}. " +
        "Set " + ProxyOptions.Section + ":KnownProxies to the reverse proxy's address (e.g. Festival__Proxy__KnownProxies__0=127.0.0.1) " +
        "and have it send X-Forwarded-Proto, or give the app an HTTPS address or https_port so it can redirect.")]
    private static partial void LogPlainHttp(ILogger logger, string hint);
}
