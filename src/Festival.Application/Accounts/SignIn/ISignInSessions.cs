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
}

/// <summary>The sign-in cookie of the current request (ASP.NET Core Identity's sign-in manager behind it).</summary>
public interface ISignInSessions
{
    /// <summary>Checks the password (slow by design) and, when it matches, issues the cookie.</summary>
    Task<(SignInOutcome Outcome, string? UserId)> PasswordSignInAsync(string email, string password, bool rememberMe);

    /// <summary>Issues the cookie for an account that was just created.</summary>
    Task SignInAsync(string userId);

    /// <summary>Reissues the cookie after the account changed (new password), keeping this session.</summary>
    Task RefreshAsync(string userId);

    Task SignOutAsync();
}
