using Festival.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;

namespace Festival.Web.Accounts;

public enum SignInOutcome
{
    SignedIn,
    Failed,
    LockedOut,
    NotAllowed,
}

/// <summary>The sign-in cookie: the one place pages and the API sign people in and out.</summary>
public sealed class AccountSessions(SignInManager<FestivalUser> signIn, UserManager<FestivalUser> users)
{
    /// <summary>Checks the password and issues the cookie. Unknown emails and wrong passwords give the same answer.</summary>
    public async Task<SignInOutcome> PasswordSignInAsync(string? email, string? password, bool remember)
    {
        if (string.IsNullOrWhiteSpace(email) || string.IsNullOrEmpty(password) || password.Length > Domain.Accounts.AccountRules.MaxPasswordLength)
        {
            return SignInOutcome.Failed;
        }

        var result = await signIn.PasswordSignInAsync(email.Trim(), password, remember, lockoutOnFailure: true);
        return result switch
        {
            { Succeeded: true } => SignInOutcome.SignedIn,
            { IsLockedOut: true } => SignInOutcome.LockedOut,
            { IsNotAllowed: true } => SignInOutcome.NotAllowed,
            _ => SignInOutcome.Failed,
        };
    }

    /// <summary>Signs in an account that was just created (no password check needed).</summary>
    public async Task SignInAsync(string userId)
    {
        var user = await users.FindByIdAsync(userId) ?? throw new InvalidOperationException($"No user {userId}.");
        await signIn.SignInAsync(user, isPersistent: false);
    }

    /// <summary>Reissues the cookie after the account changed (new password, new roles), keeping this session.</summary>
    public async Task RefreshAsync(string userId)
    {
        if (await users.FindByIdAsync(userId) is { } user)
        {
            await signIn.RefreshSignInAsync(user);
        }
    }

    public Task SignOutAsync() => signIn.SignOutAsync();
}
