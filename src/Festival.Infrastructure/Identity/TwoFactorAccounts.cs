using Festival.Application.Accounts.TwoFactor;
using Microsoft.AspNetCore.Identity;

namespace Festival.Infrastructure.Identity;

/// <summary><see cref="ITwoFactorAccounts"/> on Identity's authenticator key and recovery codes.</summary>
internal sealed class TwoFactorAccounts(UserManager<FestivalUser> users, IUserStore<FestivalUser> store, AuthenticatorCodes codes) : ITwoFactorAccounts
{
    public async Task<TwoFactorStatus?> GetStatusAsync(string userId, CancellationToken cancellationToken) =>
        await users.FindByIdAsync(userId) is { } user
            ? new TwoFactorStatus(user.Id, user.Email!, user.TwoFactorEnabled, await users.CountRecoveryCodesAsync(user))
            : null;

    public async Task<string?> GetOrCreateAuthenticatorKeyAsync(string userId, CancellationToken cancellationToken)
    {
        if (await users.FindByIdAsync(userId) is not { } user)
        {
            return null;
        }

        var key = await users.GetAuthenticatorKeyAsync(user);
        if (!string.IsNullOrWhiteSpace(key))
        {
            return key;
        }

        // Identity's ResetAuthenticatorKeyAsync would also renew the security stamp, ending this very session while
        // its owner is merely looking at the set-up page; nothing changes how the account signs in until it is confirmed.
        key = users.GenerateNewAuthenticatorKey();
        await ((IUserAuthenticatorKeyStore<FestivalUser>)store).SetAuthenticatorKeyAsync(user, key, cancellationToken);
        Check(await users.UpdateAsync(user));
        return key;
    }

    public async Task<TotpVerdict> UseAuthenticatorCodeAsync(string userId, string? code, CancellationToken cancellationToken) =>
        await users.FindByIdAsync(userId) is { } user
            ? await codes.UseAsync(user.Id, await users.GetAuthenticatorKeyAsync(user), code, cancellationToken)
            : TotpVerdict.Wrong;

    public async Task<bool> RedeemRecoveryCodeAsync(string userId, string? code, CancellationToken cancellationToken) =>
        !string.IsNullOrWhiteSpace(code)
        && await users.FindByIdAsync(userId) is { } user
        && (await users.RedeemTwoFactorRecoveryCodeAsync(user, code.Replace(" ", string.Empty, StringComparison.Ordinal))).Succeeded;

    public async Task<IReadOnlyList<string>> EnableAsync(string userId, int recoveryCodes, CancellationToken cancellationToken)
    {
        var user = await RequiredAsync(userId);
        Check(await users.SetTwoFactorEnabledAsync(user, true));
        return await ReplaceRecoveryCodesAsync(userId, recoveryCodes, cancellationToken);
    }

    public async Task<IReadOnlyList<string>> ReplaceRecoveryCodesAsync(string userId, int count, CancellationToken cancellationToken) =>
        (await users.GenerateNewTwoFactorRecoveryCodesAsync(await RequiredAsync(userId), count))?.ToArray()
        ?? throw new InvalidOperationException("The recovery codes could not be stored.");

    public async Task DisableAsync(string userId, CancellationToken cancellationToken)
    {
        var user = await RequiredAsync(userId);
        Check(await users.SetTwoFactorEnabledAsync(user, false));
        Check(await users.ResetAuthenticatorKeyAsync(user));
        await ReplaceRecoveryCodesAsync(userId, 0, cancellationToken);
    }

    private async Task<FestivalUser> RequiredAsync(string userId) =>
        await users.FindByIdAsync(userId) ?? throw new InvalidOperationException($"No user {userId}.");

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"The account could not be updated: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
    }
}
