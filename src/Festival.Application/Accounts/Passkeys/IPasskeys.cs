namespace Festival.Application.Accounts.Passkeys;

/// <summary>
/// An account's passkeys (ASP.NET Core Identity's WebAuthn support behind it). The browser that asks for options keeps
/// the ceremony's challenge in a cookie, so only that browser can complete it.
/// </summary>
public interface IPasskeys
{
    Task<IReadOnlyList<PasskeyView>> ListAsync(string userId, CancellationToken cancellationToken);

    /// <summary>The options <c>navigator.credentials.create()</c> needs (JSON); null when the account does not exist.</summary>
    Task<string?> CreationOptionsAsync(string userId, CancellationToken cancellationToken);

    /// <summary>Verifies what <c>navigator.credentials.create()</c> answered and stores the passkey under <paramref name="name"/>.</summary>
    Task<Result<PasskeyView>> AddAsync(string userId, string credentialJson, string name, CancellationToken cancellationToken);

    /// <summary>Removes one of the account's passkeys; answers it, or null when the account has no such passkey.</summary>
    Task<PasskeyView?> RemoveAsync(string userId, string passkeyId, CancellationToken cancellationToken);

    /// <summary>The options <c>navigator.credentials.get()</c> needs to sign in with any passkey of this site (JSON).</summary>
    Task<string> RequestOptionsAsync(CancellationToken cancellationToken);
}

/// <summary>A passkey as the security page lists it; <paramref name="Id"/> is its credential id in Base64url.</summary>
public sealed record PasskeyView(string Id, string Name, DateTimeOffset CreatedAt);
