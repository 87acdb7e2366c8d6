using System.Security.Claims;
using Festival.Application.Accounts.TwoFactor;
using Festival.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Festival.Infrastructure.Identity;

/// <summary>
/// The sign-in cookie's claims: Identity's own (id, name, email, security stamp, user claims), then every role with
/// the claims it carries (its permissions), read in one query. Identity's role-aware factory reads the role names,
/// then looks up each role and its claims: 2 more queries per role, at every sign-in and at every security-stamp
/// revalidation of an open session.
/// </summary>
internal sealed class FestivalClaimsPrincipalFactory(UserManager<FestivalUser> users, IOptions<IdentityOptions> options, FestivalDbContext db)
    : UserClaimsPrincipalFactory<FestivalUser>(users, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(FestivalUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var identity = await base.GenerateClaimsAsync(user);
        var roles = await (
                from membership in db.UserRoles
                join role in db.Roles on membership.RoleId equals role.Id
                where membership.UserId == user.Id
                select new
                {
                    role.Name,
                    Claims = db.RoleClaims.Where(c => c.RoleId == role.Id).Select(c => new { c.ClaimType, c.ClaimValue }).ToList(),
                })
            .AsNoTracking()
            .ToListAsync();

        if (user.TwoFactorEnabled || await db.UserPasskeys.AnyAsync(p => p.UserId == user.Id))
        {
            identity.AddClaim(new Claim(SecondFactorClaim.Type, SecondFactorClaim.Present));
        }

        foreach (var role in roles)
        {
            identity.AddClaim(new Claim(Options.ClaimsIdentity.RoleClaimType, role.Name!));
            identity.AddClaims(role.Claims.Select(c => new Claim(c.ClaimType!, c.ClaimValue!)));
        }

        return identity;
    }
}
