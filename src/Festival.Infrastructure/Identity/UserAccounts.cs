using Festival.Application.Accounts;
using Festival.Application.Accounts.Links;
using Festival.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;

namespace Festival.Infrastructure.Identity;

/// <summary><see cref="IUserAccounts"/> on ASP.NET Core Identity's <see cref="UserManager{TUser}"/>.</summary>
internal sealed class UserAccounts(UserManager<FestivalUser> users, FestivalDbContext db) : IUserAccounts
{
    public async Task<IReadOnlyList<Error>> ValidatePasswordAsync(string password, CancellationToken cancellationToken)
    {
        var errors = new List<Error>();
        var candidate = new FestivalUser();
        foreach (var validator in users.PasswordValidators)
        {
            var result = await validator.ValidateAsync(users, candidate, password);
            errors.AddRange(result.Errors.Select(e => Error.Validation("Password", ToCode(e.Code), e.Description)));
        }

        return errors;
    }

    public string HashPassword(string password) => users.PasswordHasher.HashPassword(new FestivalUser(), password);

    public async Task<Result<string>> CreateAsync(NewAccount account, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(account);
        var user = new FestivalUser
        {
            UserName = account.Email,
            Email = account.Email,
            PasswordHash = account.PasswordHash,
            RegisteredAt = account.RegisteredAt,
        };

        IdentityResult result;
        try
        {
            result = await users.CreateAsync(user);
        }
        catch (DbUpdateException ex) when (DbErrors.IsUniqueViolation(ex))
        {
            // Another registration stored the same email between Identity's check and our insert.
            db.Entry(user).State = EntityState.Detached;
            return AccountErrors.EmailTaken;
        }

        if (result.Succeeded)
        {
            return Result<string>.Success(user.Id);
        }

        return Result<string>.Failed(result.Errors.Select(ToError).Distinct().ToArray());
    }

    public async Task<bool> CheckPasswordAsync(string userId, string password, CancellationToken cancellationToken) =>
        await users.FindByIdAsync(userId) is { } user && await users.CheckPasswordAsync(user, password);

    public async Task SetPasswordHashAsync(string userId, string passwordHash, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(userId) ?? throw new InvalidOperationException($"No user {userId}.");

        // The context may already track this user from the password check before hashing, with a concurrency stamp a
        // sign-in has changed since (failed-attempt counters). Read it again, and should a sign-in still win the race
        // (outside SQLite's single writer), reload and try again rather than failing the password change.
        await db.Entry(user).ReloadAsync(cancellationToken);
        for (var attempt = 1; ; attempt++)
        {
            user.PasswordHash = passwordHash;
            var result = await users.UpdateSecurityStampAsync(user);
            if (result.Succeeded)
            {
                return;
            }

            if (attempt == 5 || result.Errors.All(e => e.Code != nameof(IdentityErrorDescriber.ConcurrencyFailure)))
            {
                throw new InvalidOperationException($"The password could not be stored: {string.Join("; ", result.Errors.Select(e => e.Description))}");
            }

            await db.Entry(user).ReloadAsync(cancellationToken);
        }
    }

    public Task RecordSignInAsync(string userId, DateTimeOffset at, string? clientIp, CancellationToken cancellationToken) =>
        db.Users.Where(u => u.Id == userId).ExecuteUpdateAsync(set => set
            .SetProperty(u => u.PreviousSignInAt, u => u.LastSignInAt)
            .SetProperty(u => u.LastSignInAt, at)
            .SetProperty(u => u.SignInCount, u => u.SignInCount + 1)
            .SetProperty(u => u.LastSignInIp, clientIp), cancellationToken);

    public async Task SetDeactivatedAsync(string userId, DateTimeOffset? deactivatedAt, CancellationToken cancellationToken)
    {
        // One statement, so a concurrent sign-in cannot lose the race; a new stamp ends every session on its next request.
        var stamp = Guid.NewGuid().ToString("N").ToUpperInvariant();
        var changed = await db.Users.Where(u => u.Id == userId).ExecuteUpdateAsync(set => set
            .SetProperty(u => u.DeactivatedAt, deactivatedAt)
            .SetProperty(u => u.SecurityStamp, u => deactivatedAt == null ? u.SecurityStamp : stamp)
            .SetProperty(u => u.ConcurrencyStamp, Guid.NewGuid().ToString()), cancellationToken);
        if (changed == 0)
        {
            throw new InvalidOperationException($"No user {userId}.");
        }
    }

    public async Task<string?> CreateLinkTokenAsync(string userId, AccountLinkPurpose purpose, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return null;
        }

        return purpose == AccountLinkPurpose.ConfirmEmail
            ? await users.GenerateEmailConfirmationTokenAsync(user)
            : await users.GeneratePasswordResetTokenAsync(user);
    }

    public async Task<bool> ConfirmEmailAsync(string userId, string token, CancellationToken cancellationToken) =>
        await users.FindByIdAsync(userId) is { } user && (await users.ConfirmEmailAsync(user, token)).Succeeded;

    public async Task<bool> VerifyResetTokenAsync(string userId, string token, CancellationToken cancellationToken) =>
        await users.FindByIdAsync(userId) is { } user
        && await users.VerifyUserTokenAsync(user, users.Options.Tokens.PasswordResetTokenProvider, UserManager<FestivalUser>.ResetPasswordTokenPurpose, token);

    public async Task<AccountSummary?> FindByEmailAsync(string email, CancellationToken cancellationToken)
    {
        var normalized = users.NormalizeEmail(email);
        return (await Summaries(db.Users.Where(u => u.NormalizedEmail == normalized), cancellationToken)).SingleOrDefault();
    }

    public async Task<AccountSummary?> FindByIdAsync(string userId, CancellationToken cancellationToken) =>
        (await Summaries(db.Users.Where(u => u.Id == userId), cancellationToken)).SingleOrDefault();

    public async Task<PagedList<AccountSummary>> ListAsync(string? emailContains, int page, int pageSize, CancellationToken cancellationToken)
    {
        var query = db.Users.AsNoTracking();
        if (emailContains is not null)
        {
            var term = users.NormalizeEmail(emailContains);
            query = query.Where(u => u.NormalizedEmail!.Contains(term));
        }

        var total = await query.CountAsync(cancellationToken);
        var pageQuery = query.OrderByDescending(u => u.RegisteredAt).ThenBy(u => u.Id).Skip((page - 1) * pageSize).Take(pageSize);
        return new PagedList<AccountSummary>(await Summaries(pageQuery, cancellationToken), page, pageSize, total);
    }

    /// <summary>Accounts with their role names, in two queries whatever the page size.</summary>
    private async Task<IReadOnlyList<AccountSummary>> Summaries(IQueryable<FestivalUser> query, CancellationToken cancellationToken)
    {
        var found = await query.AsNoTracking()
            .Select(u => new { u.Id, u.Email, u.EmailConfirmed, u.RegisteredAt, u.DeactivatedAt, u.LastSignInAt, u.PreviousSignInAt, u.SignInCount, u.LastSignInIp })
            .ToListAsync(cancellationToken);
        if (found.Count == 0)
        {
            return [];
        }

        var ids = found.Select(u => u.Id).ToArray();
        var memberships = await (
                from userRole in db.UserRoles
                join role in db.Roles on userRole.RoleId equals role.Id
                where ids.Contains(userRole.UserId)
                select new { userRole.UserId, role.Name })
            .ToListAsync(cancellationToken);
        var rolesByUser = memberships.ToLookup(m => m.UserId, m => m.Name!);

        return found
            .Select(u => new AccountSummary(u.Id, u.Email!, u.RegisteredAt, rolesByUser[u.Id].Order(StringComparer.Ordinal).ToArray())
            {
                DeactivatedAt = u.DeactivatedAt,
                EmailConfirmed = u.EmailConfirmed,
                SignIns = new SignInActivity(u.LastSignInAt, u.PreviousSignInAt, u.SignInCount, u.LastSignInIp),
            })
            .ToArray();
    }

    private static Error ToError(IdentityError error) => error.Code switch
    {
        nameof(IdentityErrorDescriber.DuplicateEmail) or nameof(IdentityErrorDescriber.DuplicateUserName) => AccountErrors.EmailTaken,
        nameof(IdentityErrorDescriber.InvalidEmail) or nameof(IdentityErrorDescriber.InvalidUserName) => AccountErrors.EmailInvalid,
        _ => Error.Validation("Email", ToCode(error.Code), error.Description),
    };

    /// <summary>Identity's PascalCase codes in the snake_case the rest of Festival uses.</summary>
    private static string ToCode(string identityCode) =>
        string.Concat(identityCode.Select((c, i) => char.IsUpper(c) && i > 0 ? "_" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
