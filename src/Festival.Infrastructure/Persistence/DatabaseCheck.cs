using Microsoft.Extensions.DependencyInjection;

namespace Festival.Infrastructure.Persistence;

/// <summary>
/// Invariants every committed registration leaves behind, checked against the stored data:
/// what <c>db check</c> runs after a crash to prove nothing was half-written.
/// </summary>
public static class DatabaseCheck
{
    public sealed record Report(int Users, int Profiles, IReadOnlyList<string> Problems)
    {
        public bool Healthy => Problems.Count == 0;
    }

    public static async Task<Report> CheckDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FestivalDbContext>();
        var problems = new List<string>();

        if (db.Database.IsSqlite())
        {
            var integrity = await db.Database.SqlQueryRaw<string>("SELECT integrity_check AS Value FROM pragma_integrity_check").ToListAsync(cancellationToken);
            problems.AddRange(integrity.Where(line => line != "ok").Select(line => $"SQLite integrity: {line}"));
        }

        var withoutRole = await db.Users.Where(u => !db.UserRoles.Any(ur => ur.UserId == u.Id)).Select(u => u.Email).ToListAsync(cancellationToken);
        problems.AddRange(withoutRole.Select(email => $"user {email} has no role"));

        // Counted in one pass and compared in memory: a per-user subquery cannot use the partial index on
        // Profiles.UserId (SQLite does not match "IsPrimary" to its "IsPrimary = 1"), so it scanned every profile for
        // every user, and took hours on 100,000 accounts.
        var primaryByUser = await db.Profiles.Where(p => p.IsPrimary).GroupBy(p => p.UserId)
            .Select(g => new { UserId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.UserId, g => g.Count, StringComparer.Ordinal, cancellationToken);
        var users = await db.Users.AsNoTracking().Select(u => new { u.Id, u.Email }).ToListAsync(cancellationToken);
        problems.AddRange(users
            .Select(u => (u.Email, Primary: primaryByUser.GetValueOrDefault(u.Id)))
            .Where(u => u.Primary != 1)
            .Select(u => $"user {u.Email} has {u.Primary} primary profiles instead of one"));

        var orphanProfiles = await db.Profiles.CountAsync(p => !db.Users.Any(u => u.Id == p.UserId), cancellationToken);
        var orphanMemberships = await db.UserRoles.CountAsync(ur => !db.Users.Any(u => u.Id == ur.UserId) || !db.Roles.Any(r => r.Id == ur.RoleId), cancellationToken);
        var orphanClaims = await db.RoleClaims.CountAsync(c => !db.Roles.Any(r => r.Id == c.RoleId), cancellationToken);
        if (orphanProfiles > 0)
        {
            problems.Add($"{orphanProfiles} profile(s) belong to no user");
        }

        if (orphanMemberships > 0)
        {
            problems.Add($"{orphanMemberships} role membership(s) point at a missing user or role");
        }

        if (orphanClaims > 0)
        {
            problems.Add($"{orphanClaims} permission(s) belong to no role");
        }

        return new Report(await db.Users.CountAsync(cancellationToken), await db.Profiles.CountAsync(cancellationToken), problems);
    }
}
