namespace Festival.Application.Accounts.Sessions;

/// <summary>Where an account is signed in: one record per sign-in cookie, found by the session id the cookie carries.</summary>
public interface IUserSessions
{
    /// <summary>The account's live sessions (issued under its current security stamp), most recently seen first.</summary>
    Task<IReadOnlyList<SessionView>> ListAsync(string userId, CancellationToken cancellationToken);

    /// <summary>Ends one of the account's sessions: its cookie is refused on its next request. False when there is no such session.</summary>
    Task<bool> RevokeAsync(string userId, string sessionId, CancellationToken cancellationToken);

    /// <summary>Ends every session of the account but <paramref name="keepSessionId"/>; answers how many ended.</summary>
    Task<int> RevokeOthersAsync(string userId, string? keepSessionId, CancellationToken cancellationToken);
}

/// <summary>One signed-in browser as the security page shows it.</summary>
public sealed record SessionView(string Id, DateTimeOffset SignedInAt, DateTimeOffset LastSeenAt, string? UserAgent, string? IpAddress);
