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
        DropStaleChange(user);

        if (result.IsNotAllowed && users.Options.SignIn.RequireConfirmedEmail && !user.EmailConfirmed)
        {
            // Identity refuses before checking the password; tell only someone who knows it why.
            return (await users.CheckPasswordAsync(user, password) ? SignInOutcome.EmailNotConfirmed : SignInOutcome.Failed, user.Id);
        }

        var outcome = result switch
        {
            { Succeeded: true } => SignInOutcome.SignedIn,
            { RequiresTwoFactor: true } => SignInOutcome.RequiresTwoFactor,
            _ => Outcome(result),
        };
        return (outcome, user.Id);
    }

    public async Task<(SignInOutcome Outcome, string? UserId)> TwoFactorSignInAsync(string code, bool rememberMe, bool rememberBrowser)
    {
        // Only a browser whose password step succeeded holds the short-lived cookie naming the account.
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is not { } user)
        {
            return (SignInOutcome.NoPendingSignIn, null);
        }

        var result = await signIn.TwoFactorAuthenticatorSignInAsync(code, rememberMe, rememberBrowser);
        DropStaleChange(user);
        return (Outcome(result), user.Id);
    }

    public async Task<(SignInOutcome Outcome, string? UserId)> PasskeySignInAsync(string credentialJson)
    {
        // The assertion names its account (the user handle); Identity verifies that the passkey is that account's.
        var user = UserHandle(credentialJson) is { } userId ? await users.FindByIdAsync(userId) : null;
        if (user is null || user.DeactivatedAt is not null)
        {
            return (SignInOutcome.Failed, null);
        }

        var result = await signIn.PasskeySignInAsync(credentialJson);
        DropStaleChange(user);
        return (result.RequiresTwoFactor ? SignInOutcome.RequiresTwoFactor : Outcome(result), user.Id);
    }

    public async Task<bool> HasPendingTwoFactorAsync() => await signIn.GetTwoFactorAuthenticationUserAsync() is not null;

    public async Task<(SignInOutcome Outcome, string? UserId)> RecoveryCodeSignInAsync(string code)
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is not { } user)
        {
            return (SignInOutcome.NoPendingSignIn, null);
        }

        var result = await signIn.TwoFactorRecoveryCodeSignInAsync(code);
        DropStaleChange(user);
        return (Outcome(result), user.Id);
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

    private static string? UserHandle(string credentialJson)
    {
        try
        {
            using var json = System.Text.Json.JsonDocument.Parse(credentialJson);
            return json.RootElement.TryGetProperty("response", out var response)
                   && response.TryGetProperty("userHandle", out var handle) && handle.GetString() is { Length: > 0 } encoded
                ? System.Text.Encoding.UTF8.GetString(System.Buffers.Text.Base64Url.DecodeFromChars(encoded))
                : null;
        }
        catch (Exception ex) when (ex is System.Text.Json.JsonException or FormatException or InvalidOperationException)
        {
            return null;
        }
    }

    private static SignInOutcome Outcome(SignInResult result) => result switch
    {
        { Succeeded: true } => SignInOutcome.SignedIn,
        { IsLockedOut: true } => SignInOutcome.LockedOut,
        { IsNotAllowed: true } => SignInOutcome.NotAllowed,
        _ => SignInOutcome.Failed,
    };

    /// <summary>
    /// A concurrent sign-in can win the race on the failed-attempt counters; Identity then reports a plain failure
    /// but leaves its change pending. Drop it, so the next save in this request (tracking, audit) does not trip on it.
    /// </summary>
    private void DropStaleChange(FestivalUser user)
    {
        if (db.Entry(user).State == EntityState.Modified)
        {
            db.Entry(user).State = EntityState.Detached;
        }
    }
}
