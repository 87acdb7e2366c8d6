using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace Festival.Infrastructure.Http;

/// <summary>The current HTTP request's user and client address; outside a request (command line, background work) both are null.</summary>
internal sealed class HttpRequestContext(IHttpContextAccessor accessor) : IRequestContext
{
    public string? UserId =>
        accessor.HttpContext?.User is { Identity.IsAuthenticated: true } user ? user.FindFirstValue(ClaimTypes.NameIdentifier) : null;

    public string? IpAddress => accessor.HttpContext?.Connection.RemoteIpAddress?.ToString();
}
