using Festival.Application.Accounts;
using Festival.Domain.Accounts;
using Festival.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;

namespace Festival.Infrastructure.Identity;

/// <summary>
/// <see cref="IRoles"/> on Identity's tables. Writes go straight through the shared context rather than
/// <see cref="UserManager{TUser}"/>, whose optimistic concurrency stamp would make concurrent grants fail.
/// </summary>
internal sealed class Roles(FestivalDbContext db, ILookupNormalizer normalizer) : IRoles
{
    public async Task<RoleInfo?> FindAsync(string name, CancellationToken cancellationToken) =>
        (await Describe(db.Roles.Where(r => r.NormalizedName == normalizer.NormalizeName(name)), cancellationToken)).SingleOrDefault();

    public Task<bool> ExistsAsync(string name, CancellationToken cancellationToken)
    {
        var normalized = normalizer.NormalizeName(name);
        return db.Roles.AnyAsync(r => r.NormalizedName == normalized, cancellationToken);
    }

    public async Task<RoleInfo> CreateAsync(string name, IReadOnlyCollection<string> permissions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(permissions);
        var role = new IdentityRole(name) { NormalizedName = normalizer.NormalizeName(name) };
        db.Roles.Add(role);
        db.RoleClaims.AddRange(permissions.Select(p => new IdentityRoleClaim<string> { RoleId = role.Id, ClaimType = Permissions.ClaimType, ClaimValue = p }));

        // Inside a larger transaction a failed insert must not take the caller's earlier writes with it.
        var transaction = db.Database.CurrentTransaction;
        const string savepoint = "create_role";
        if (transaction is not null)
        {
            await transaction.CreateSavepointAsync(savepoint, cancellationToken);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return new RoleInfo(name, permissions.ToArray(), 0);
        }
        catch (DbUpdateException ex) when (DbErrors.IsUniqueViolation(ex))
        {
            // A concurrent writer created it first: use theirs.
            if (transaction is not null)
            {
                await transaction.RollbackToSavepointAsync(savepoint, cancellationToken);
            }

            foreach (var entry in db.ChangeTracker.Entries().Where(e => e.State == EntityState.Added).ToList())
            {
                entry.State = EntityState.Detached;
            }

            return await FindAsync(name, cancellationToken) ?? throw new InvalidOperationException($"Role '{name}' vanished while being created.", ex);
        }
    }

    public async Task EnsureAsync(string name, IReadOnlyCollection<string> permissions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(permissions);
        var normalized = normalizer.NormalizeName(name);
        var role = await db.Roles.SingleOrDefaultAsync(r => r.NormalizedName == normalized, cancellationToken);
        if (role is null)
        {
            await CreateAsync(name, permissions, cancellationToken);
            return;
        }

        var claims = await db.RoleClaims.Where(c => c.RoleId == role.Id && c.ClaimType == Permissions.ClaimType).ToListAsync(cancellationToken);
        db.RoleClaims.RemoveRange(claims.Where(c => !permissions.Contains(c.ClaimValue!)));
        db.RoleClaims.AddRange(permissions.Where(p => claims.All(c => c.ClaimValue != p))
            .Select(p => new IdentityRoleClaim<string> { RoleId = role.Id, ClaimType = Permissions.ClaimType, ClaimValue = p }));
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<bool> AddMemberAsync(string userId, string roleName, CancellationToken cancellationToken)
    {
        // The role's id and whether the user already holds it, in one query: every registration comes through here.
        var normalized = normalizer.NormalizeName(roleName);
        var role = await db.Roles.Where(r => r.NormalizedName == normalized)
                .Select(r => new { r.Id, IsMember = db.UserRoles.Any(ur => ur.UserId == userId && ur.RoleId == r.Id) })
                .SingleOrDefaultAsync(cancellationToken)
            ?? throw new InvalidOperationException($"No role named '{roleName}'.");
        if (role.IsMember)
        {
            return false;
        }

        db.UserRoles.Add(new IdentityUserRole<string> { UserId = userId, RoleId = role.Id });
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    public async Task<bool> RemoveMemberAsync(string userId, string roleName, CancellationToken cancellationToken)
    {
        var roleId = await RoleId(roleName, cancellationToken);
        return await db.UserRoles.Where(ur => ur.UserId == userId && ur.RoleId == roleId).ExecuteDeleteAsync(cancellationToken) > 0;
    }

    public async Task<int> CountActiveMembersAsync(string roleName, CancellationToken cancellationToken)
    {
        var normalized = normalizer.NormalizeName(roleName);
        return await (
                from ur in db.UserRoles
                join r in db.Roles on ur.RoleId equals r.Id
                join u in db.Users on ur.UserId equals u.Id
                where r.NormalizedName == normalized && u.DeactivatedAt == null
                select ur)
            .CountAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<RoleInfo>> ListAsync(CancellationToken cancellationToken) =>
        (await Describe(db.Roles, cancellationToken)).OrderBy(r => r.Name, StringComparer.Ordinal).ToArray();

    private async Task<string> RoleId(string roleName, CancellationToken cancellationToken)
    {
        var normalized = normalizer.NormalizeName(roleName);
        return await db.Roles.Where(r => r.NormalizedName == normalized).Select(r => r.Id).SingleOrDefaultAsync(cancellationToken)
            ?? throw new InvalidOperationException($"No role named '{roleName}'.");
    }

    private async Task<IReadOnlyList<RoleInfo>> Describe(IQueryable<IdentityRole> roles, CancellationToken cancellationToken)
    {
        var found = await roles.AsNoTracking()
            .Select(r => new
            {
                r.Name,
                Permissions = db.RoleClaims.Where(c => c.RoleId == r.Id && c.ClaimType == Permissions.ClaimType).Select(c => c.ClaimValue!).ToList(),
                Members = db.UserRoles.Count(ur => ur.RoleId == r.Id),
            })
            .ToListAsync(cancellationToken);
        return found.Select(r => new RoleInfo(r.Name!, r.Permissions.Order(StringComparer.Ordinal).ToArray(), r.Members)).ToArray();
    }
}
