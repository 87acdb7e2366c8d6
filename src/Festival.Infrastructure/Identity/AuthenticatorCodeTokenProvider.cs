using Festival.Application.Accounts.TwoFactor;
using Microsoft.AspNetCore.Identity;

namespace Festival.Infrastructure.Identity;

/// <summary>
/// Identity's authenticator step, with Festival's rules instead of Identity's own (which accepts a code again and
/// from two steps either side): one step of clock skew, each code once. Codes come from the app, so none is generated.
/// </summary>
internal sealed class AuthenticatorCodeTokenProvider(AuthenticatorCodes codes) : IUserTwoFactorTokenProvider<FestivalUser>
{
    public const string Name = "FestivalAuthenticator";

    public async Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<FestivalUser> manager, FestivalUser user)
    {
        ArgumentNullException.ThrowIfNull(manager);
        return !string.IsNullOrWhiteSpace(await manager.GetAuthenticatorKeyAsync(user));
    }

    public Task<string> GenerateAsync(string purpose, UserManager<FestivalUser> manager, FestivalUser user) => Task.FromResult(string.Empty);

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<FestivalUser> manager, FestivalUser user)
    {
        ArgumentNullException.ThrowIfNull(manager);
        ArgumentNullException.ThrowIfNull(user);
        return await codes.UseAsync(user.Id, await manager.GetAuthenticatorKeyAsync(user), token) == TotpVerdict.Accepted;
    }
}
