namespace Festival.Infrastructure.Identity;

/// <summary>
/// One signed-in browser: the sign-in cookie carries <see cref="Id"/>, and a cookie whose session row is gone is
/// refused on its next request. Deleting the row is how a session is signed out from elsewhere.
/// </summary>
public sealed class UserSession
{
    public const int IdLength = 32;
    public const int MaxUserAgentLength = 512;
    public const int MaxIpAddressLength = 45;

    public string Id { get; set; } = string.Empty;

    public string UserId { get; set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Refreshed at most once a minute, so an active browser does not write on every request.</summary>
    public DateTimeOffset LastSeenAt { get; set; }

    public string? UserAgent { get; set; }

    public string? IpAddress { get; set; }

    /// <summary>
    /// The account's security stamp when the cookie was issued. A new stamp (password change, two-factor turned on or
    /// off) ends the cookie, so only sessions with the current stamp are listed.
    /// </summary>
    public string? SecurityStamp { get; set; }
}
