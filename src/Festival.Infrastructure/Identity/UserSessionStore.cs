using System.Collections.Concurrent;
using Festival.Application.Accounts.Sessions;
using Festival.Infrastructure.Persistence;

namespace Festival.Infrastructure.Identity;

/// <summary>The <c>UserSessions</c> table: written when a cookie is issued, refreshed, checked and ended.</summary>
public sealed class UserSessionStore(FestivalDbContext db, TimeProvider clock) : IUserSessions
{
    /// <summary>How often an active session's last-seen time is written: not on every request.</summary>
    public static readonly TimeSpan LastSeenResolution = TimeSpan.FromMinutes(1);

    /// <summary>Sessions not seen for this long are gone from the list (the cookie's own lifetime is shorter).</summary>
    public static readonly TimeSpan Forgotten = TimeSpan.FromDays(30);

    // A compiled query belongs to one model, so there is one per provider's context (one in the app, two in the tests).
    private static readonly ConcurrentDictionary<Type, Func<FestivalDbContext, string, string, Task<SessionState?>>> States = new();

    private static Func<FestivalDbContext, string, string, Task<SessionState?>> Compile() =>
        EF.CompileAsyncQuery((FestivalDbContext context, string userId, string sessionId) =>
            context.Users.Where(u => u.Id == userId)
                .Select(u => new SessionState(
                    u.SecurityStamp,
                    context.UserSessions.Where(s => s.Id == sessionId && s.UserId == userId).Select(s => (DateTimeOffset?)s.LastSeenAt).FirstOrDefault()))
                .SingleOrDefault());

    /// <summary>
    /// The one query a signed-in request costs: the account's security stamp and when its session was last seen
    /// (null when the session was ended). Null when the account no longer exists.
    /// </summary>
    public Task<SessionState?> StateAsync(string userId, string sessionId) => States.GetOrAdd(db.GetType(), _ => Compile())(db, userId, sessionId);

    /// <summary>Records a new sign-in; answers the session id for the cookie.</summary>
    public async Task<string> StartAsync(string userId, string? securityStamp, string? userAgent, string? ipAddress)
    {
        var now = clock.GetUtcNow();
        var session = new UserSession
        {
            Id = Guid.NewGuid().ToString("N"),
            UserId = userId,
            CreatedAt = now,
            LastSeenAt = now,
            UserAgent = Clip(userAgent, UserSession.MaxUserAgentLength),
            IpAddress = Clip(ipAddress, UserSession.MaxIpAddressLength),
            SecurityStamp = securityStamp,
        };
        db.UserSessions.Add(session);
        await db.SaveChangesAsync();
        db.Entry(session).State = EntityState.Detached;
        await db.UserSessions.Where(s => s.UserId == userId && s.LastSeenAt < now - Forgotten).ExecuteDeleteAsync();
        return session.Id;
    }

    /// <summary>A reissued cookie (new password, two-factor changed) keeps its session, under the new stamp.</summary>
    public Task RenewAsync(string sessionId, string? securityStamp) =>
        db.UserSessions.Where(s => s.Id == sessionId).ExecuteUpdateAsync(set => set
            .SetProperty(s => s.SecurityStamp, securityStamp)
            .SetProperty(s => s.LastSeenAt, clock.GetUtcNow()));

    /// <summary>Notes that the session was seen now, from <paramref name="ipAddress"/>.</summary>
    public Task TouchAsync(string sessionId, string? ipAddress) =>
        db.UserSessions.Where(s => s.Id == sessionId).ExecuteUpdateAsync(set => set
            .SetProperty(s => s.LastSeenAt, clock.GetUtcNow())
            .SetProperty(s => s.IpAddress, Clip(ipAddress, UserSession.MaxIpAddressLength)));

    public Task EndAsync(string sessionId) => db.UserSessions.Where(s => s.Id == sessionId).ExecuteDeleteAsync();

    public async Task<IReadOnlyList<SessionView>> ListAsync(string userId, CancellationToken cancellationToken)
    {
        var since = clock.GetUtcNow() - Forgotten;
        return await (
                from session in db.UserSessions
                join user in db.Users on session.UserId equals user.Id
                where session.UserId == userId && session.SecurityStamp == user.SecurityStamp && session.LastSeenAt > since
                orderby session.LastSeenAt descending
                select new SessionView(session.Id, session.CreatedAt, session.LastSeenAt, session.UserAgent, session.IpAddress))
            .AsNoTracking()
            .ToListAsync(cancellationToken);
    }

    public async Task<bool> RevokeAsync(string userId, string sessionId, CancellationToken cancellationToken) =>
        await db.UserSessions.Where(s => s.UserId == userId && s.Id == sessionId).ExecuteDeleteAsync(cancellationToken) == 1;

    public async Task<int> RevokeOthersAsync(string userId, string? keepSessionId, CancellationToken cancellationToken)
    {
        // Only live sessions count as ended: rows of cookies a new stamp already ended go quietly.
        var live = (await ListAsync(userId, cancellationToken)).Count(s => s.Id != keepSessionId);
        await db.UserSessions.Where(s => s.UserId == userId && s.Id != keepSessionId).ExecuteDeleteAsync(cancellationToken);
        return live;
    }

    private static string? Clip(string? value, int length) => value is { Length: > 0 } ? value[..Math.Min(value.Length, length)] : null;
}

/// <summary>What the per-request check reads: the account's stamp, and when its session was last seen (null: ended).</summary>
public sealed record SessionState(string? SecurityStamp, DateTimeOffset? SessionLastSeenAt);
