using Festival.Infrastructure.Persistence;

namespace Festival.Infrastructure.Identity;

/// <summary>
/// The one query a signed-in request costs: the user's current security stamp. A new password (or anything else
/// that renews the stamp) makes every older cookie invalid on its next request.
/// </summary>
public sealed class SessionStamps(FestivalDbContext db)
{
    private static readonly Func<FestivalDbContext, string, Task<string?>> CurrentStamp =
        EF.CompileAsyncQuery((FestivalDbContext context, string userId) =>
            context.Users.Where(u => u.Id == userId).Select(u => u.SecurityStamp).SingleOrDefault());

    /// <summary>The stamp, or null when the account no longer exists.</summary>
    public Task<string?> CurrentAsync(string userId) => CurrentStamp(db, userId);
}
