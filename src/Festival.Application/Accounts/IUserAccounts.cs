namespace Festival.Application.Accounts;

/// <summary>The login side of an account (ASP.NET Core Identity behind it).</summary>
public interface IUserAccounts
{
    /// <summary>Checks a new password against the configured password policy. Pure: no database.</summary>
    Task<IReadOnlyList<Error>> ValidatePasswordAsync(string password, CancellationToken cancellationToken);

    /// <summary>The slow part of registering (a deliberately costly hash); call it outside any transaction.</summary>
    string HashPassword(string password);

    /// <summary>Stores a new account. Fails with <see cref="AccountErrors.EmailTaken"/> when the email is in use in any letter case.</summary>
    Task<Result<string>> CreateAsync(NewAccount account, CancellationToken cancellationToken);

    /// <summary>True when <paramref name="password"/> is the account's password. Slow by design; call it outside transactions.</summary>
    Task<bool> CheckPasswordAsync(string userId, string password, CancellationToken cancellationToken);

    /// <summary>Stores a new password hash and renews the security stamp, which ends the account's other sessions.</summary>
    Task SetPasswordHashAsync(string userId, string passwordHash, CancellationToken cancellationToken);

    /// <summary>Sign-in tracking: the previous sign-in becomes the one before, the count goes up. One atomic update.</summary>
    Task RecordSignInAsync(string userId, DateTimeOffset at, string? clientIp, CancellationToken cancellationToken);

    /// <summary>Deactivates (a time) or reactivates (null) an account. Deactivating renews the security stamp, ending every session.</summary>
    Task SetDeactivatedAsync(string userId, DateTimeOffset? deactivatedAt, CancellationToken cancellationToken);

    /// <summary>A one-time token for a confirm-email or reset-password link; null when the account does not exist.</summary>
    Task<string?> CreateLinkTokenAsync(string userId, Links.AccountLinkPurpose purpose, CancellationToken cancellationToken);

    /// <summary>Confirms the email when the token is valid and unexpired.</summary>
    Task<bool> ConfirmEmailAsync(string userId, string token, CancellationToken cancellationToken);

    /// <summary>True when a reset-password token is valid, unexpired and unused (the password has not changed since).</summary>
    Task<bool> VerifyResetTokenAsync(string userId, string token, CancellationToken cancellationToken);

    Task<AccountSummary?> FindByEmailAsync(string email, CancellationToken cancellationToken);

    Task<AccountSummary?> FindByIdAsync(string userId, CancellationToken cancellationToken);

    Task<PagedList<AccountSummary>> ListAsync(string? emailContains, int page, int pageSize, CancellationToken cancellationToken);
}

public sealed record NewAccount(string Email, string PasswordHash, DateTimeOffset RegisteredAt);

public sealed record AccountSummary(string Id, string Email, DateTimeOffset RegisteredAt, IReadOnlyList<string> Roles)
{
    /// <summary>When the account was deactivated; null while it may sign in.</summary>
    public DateTimeOffset? DeactivatedAt { get; init; }

    public bool IsActive => DeactivatedAt is null;

    public bool EmailConfirmed { get; init; }

    public SignInActivity SignIns { get; init; } = SignInActivity.None;
}

/// <summary>Sign-in tracking: the last and previous successful sign-in, how many there were, from which address the last came.</summary>
public sealed record SignInActivity(DateTimeOffset? Last, DateTimeOffset? Previous, int Count, string? LastIp)
{
    public static readonly SignInActivity None = new(null, null, 0, null);
}
