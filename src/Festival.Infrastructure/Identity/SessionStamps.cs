using System.Collections.Concurrent;
using Festival.Infrastructure.Persistence;

namespace Festival.Infrastructure.Identity;

/// <summary>
/// The one query a signed-in request costs: the user's current security stamp. A new password (or anything else
/// that renews the stamp) makes every older cookie invalid on its next request.
/// </summary>
public sealed class SessionStamps(FestivalDbContext db)
{
    // A compiled query belongs to one model, so there is one per provider's context (one in the app, two in the tests).
    private static readonly ConcurrentDictionary<Type, Func<FestivalDbContext, string, Task<string?>>> CurrentStamp = new();

    /// <summary>The stamp, or null when the account no longer exists.</summary>
    public Task<string?> CurrentAsync(string userId) => CurrentStamp.GetOrAdd(db.GetType(), _ => EF.CompileAsyncQuery(
        (FestivalDbContext context, string id) => context.Users.Where(u => u.Id == id).Select(u => u.SecurityStamp).SingleOrDefault()))(db, userId);
}
