namespace Festival.Application.Accounts.SignIn;

public enum SignInOutcome
{
    SignedIn,
    Failed,
    LockedOut,
    NotAllowed,

    /// <summary>The password was right, but the account is deactivated.</summary>
    Deactivated,

    /// <summary>The password was right, but the email must be confirmed first.</summary>
    EmailNotConfirmed,

    /// <summary>The password was right; the second factor comes next (an authenticator or recovery code).</summary>
    RequiresTwoFactor,

    /// <summary>A second factor was sent with no password step before it (or after it expired).</summary>
    NoPendingSignIn,
}

/// <summary>The sign-in cookie of the current request (ASP.NET Core Identity's sign-in manager behind it).</summary>
public interface ISignInSessions
{
    /// <summary>Checks the password (slow by design) and, when it matches, issues the cookie.</summary>
    Task<(SignInOutcome Outcome, string? UserId)> PasswordSignInAsync(string email, string password, bool rememberMe);

    /// <summary>
    /// The second step: checks an authenticator code for the account whose password was just accepted (counting a
    /// wrong one towards lockout) and issues the cookie; <paramref name="rememberBrowser"/> skips the step on this browser next time.
    /// </summary>
    Task<(SignInOutcome Outcome, string? UserId)> TwoFactorSignInAsync(string code, bool rememberMe, bool rememberBrowser);

    /// <summary>True when this browser passed the password step and a second factor is awaited.</summary>
    Task<bool> HasPendingTwoFactorAsync();

    /// <summary>The second step with a recovery code instead, which is used up.</summary>
    Task<(SignInOutcome Outcome, string? UserId)> RecoveryCodeSignInAsync(string code);

    /// <summary>
    /// Signs in with what <c>navigator.credentials.get()</c> answered, checked against the challenge this browser was
    /// given and the passkey's stored public key. A deactivated account is refused like an unknown passkey.
    /// </summary>
    Task<(SignInOutcome Outcome, string? UserId)> PasskeySignInAsync(string credentialJson);

    /// <summary>Issues the cookie for an account that was just created.</summary>
    Task SignInAsync(string userId);

    /// <summary>Reissues the cookie after the account changed (new password), keeping this session.</summary>
    Task RefreshAsync(string userId);

    Task SignOutAsync();
}
