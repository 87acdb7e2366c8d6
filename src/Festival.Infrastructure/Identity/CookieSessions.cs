using Festival.Application.Accounts.SignIn;
using Festival.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;

namespace Festival.Infrastructure.Identity;

/// <summary><see cref="ISignInSessions"/> on Identity's sign-in manager: the cookie of the current HTTP request.</summary>
internal sealed class CookieSessions(SignInManager<FestivalUser> signIn, UserManager<FestivalUser> users, FestivalDbContext db) : ISignInSessions
{
    public async Task<(SignInOutcome Outcome, string? UserId)> PasswordSignInAsync(string email, string password, bool rememberMe)
    {
        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            // Spend the same time as a real check, so response times do not reveal which emails have accounts.
            users.PasswordHasher.HashPassword(new FestivalUser(), password);
            return (SignInOutcome.Failed, null);
        }

        if (user.DeactivatedAt is not null)
        {
            // Only someone who knows the password learns that the account is deactivated.
            return (await users.CheckPasswordAsync(user, password) ? SignInOutcome.Deactivated : SignInOutcome.Failed, user.Id);
        }

        var result = await signIn.PasswordSignInAsync(user, password, rememberMe, lockoutOnFailure: true);

        // A concurrent sign-in can win the race on the failed-attempt counters; Identity then reports a plain failure
        // but leaves its change pending. Drop it, so the next save in this request (tracking, audit) does not trip on it.
        if (db.Entry(user).State == EntityState.Modified)
        {
            db.Entry(user).State = EntityState.Detached;
        }

        if (result.IsNotAllowed && users.Options.SignIn.RequireConfirmedEmail && !user.EmailConfirmed)
        {
            // Identity refuses before checking the password; tell only someone who knows it why.
            return (await users.CheckPasswordAsync(user, password) ? SignInOutcome.EmailNotConfirmed : SignInOutcome.Failed, user.Id);
        }

        var outcome = result switch
        {
            { Succeeded: true } => SignInOutcome.SignedIn,
            { IsLockedOut: true } => SignInOutcome.LockedOut,
            { IsNotAllowed: true } => SignInOutcome.NotAllowed,
            _ => SignInOutcome.Failed,
        };
        return (outcome, user.Id);
    }

    public async Task SignInAsync(string userId)
    {
        var user = await users.FindByIdAsync(userId) ?? throw new InvalidOperationException($"No user {userId}.");
        await signIn.SignInAsync(user, isPersistent: false);
    }

    public async Task RefreshAsync(string userId)
    {
        if (await users.FindByIdAsync(userId) is { } user)
        {
            await signIn.RefreshSignInAsync(user);
        }
    }

    public Task SignOutAsync() => signIn.SignOutAsync();
}
