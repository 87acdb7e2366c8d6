namespace Festival.Application.Accounts.TwoFactor;

/// <summary>The second factors of an account (ASP.NET Core Identity's authenticator key, recovery codes and passkeys behind it).</summary>
public interface ITwoFactorAccounts
{
    Task<TwoFactorStatus?> GetStatusAsync(string userId, CancellationToken cancellationToken);

    /// <summary>The authenticator key to show while setting up: the stored one, or a new one stored now. Null when the account does not exist.</summary>
    Task<string?> GetOrCreateAuthenticatorKeyAsync(string userId, CancellationToken cancellationToken);

    /// <summary>
    /// Checks an authenticator code against the stored key and, when accepted, records its time step in the same
    /// statement that checks it is newer than the last one, so a code works once even against a concurrent request.
    /// </summary>
    Task<TotpVerdict> UseAuthenticatorCodeAsync(string userId, string? code, CancellationToken cancellationToken);

    /// <summary>Consumes a recovery code: true when it was one of the account's unused codes.</summary>
    Task<bool> RedeemRecoveryCodeAsync(string userId, string? code, CancellationToken cancellationToken);

    /// <summary>Turns two-factor sign-in on and replaces the recovery codes; renews the security stamp (other sessions end).</summary>
    Task<IReadOnlyList<string>> EnableAsync(string userId, int recoveryCodes, CancellationToken cancellationToken);

    /// <summary>Replaces the recovery codes; the old ones stop working.</summary>
    Task<IReadOnlyList<string>> ReplaceRecoveryCodesAsync(string userId, int count, CancellationToken cancellationToken);

    /// <summary>
    /// Turns two-factor sign-in off: a new authenticator key (the app's entry stops working), no recovery codes, a new
    /// security stamp (other sessions and remembered browsers end).
    /// </summary>
    Task DisableAsync(string userId, CancellationToken cancellationToken);
}

/// <summary>What /Account/Security shows about an account's second factors.</summary>
public sealed record TwoFactorStatus(string UserId, string Email, bool Enabled, int RecoveryCodesLeft);
