using System.Buffers.Text;
using Festival.Application.Accounts.Passkeys;
using Microsoft.AspNetCore.Identity;

namespace Festival.Infrastructure.Identity;

/// <summary><see cref="IPasskeys"/> on ASP.NET Core Identity's passkey support (WebAuthn, .NET 10).</summary>
internal sealed class PasskeyCeremonies(SignInManager<FestivalUser> signIn, UserManager<FestivalUser> users) : IPasskeys
{
    public async Task<IReadOnlyList<PasskeyView>> ListAsync(string userId, CancellationToken cancellationToken) =>
        await users.FindByIdAsync(userId) is { } user
            ? (await users.GetPasskeysAsync(user)).OrderBy(p => p.CreatedAt).Select(View).ToArray()
            : [];

    public async Task<string?> CreationOptionsAsync(string userId, CancellationToken cancellationToken)
    {
        if (await users.FindByIdAsync(userId) is not { } user)
        {
            return null;
        }

        return await signIn.MakePasskeyCreationOptionsAsync(new PasskeyUserEntity { Id = user.Id, Name = user.Email!, DisplayName = user.Email! });
    }

    public async Task<Result<PasskeyView>> AddAsync(string userId, string credentialJson, string name, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(userId) ?? throw new InvalidOperationException($"No user {userId}.");
        var attestation = await signIn.PerformPasskeyAttestationAsync(credentialJson);
        if (!attestation.Succeeded)
        {
            return PasskeyErrors.Refused(attestation.Failure.Message);
        }

        // The options were made for the signed-in account; an answer made for any other is not this account's passkey.
        if (attestation.UserEntity.Id != user.Id)
        {
            return PasskeyErrors.Refused("it was made for another account.");
        }

        var passkey = attestation.Passkey;
        passkey.Name = name;
        var stored = await users.AddOrUpdatePasskeyAsync(user, passkey);
        if (!stored.Succeeded)
        {
            return PasskeyErrors.Refused(string.Join("; ", stored.Errors.Select(e => e.Description)));
        }

        return Result<PasskeyView>.Success(View(passkey));
    }

    public async Task<PasskeyView?> RemoveAsync(string userId, string passkeyId, CancellationToken cancellationToken)
    {
        if (await users.FindByIdAsync(userId) is not { } user || !TryDecode(passkeyId, out var credentialId)
            || await users.GetPasskeyAsync(user, credentialId) is not { } passkey)
        {
            return null;
        }

        var removed = await users.RemovePasskeyAsync(user, credentialId);
        return removed.Succeeded ? View(passkey) : null;
    }

    public Task<string> RequestOptionsAsync(CancellationToken cancellationToken) => signIn.MakePasskeyRequestOptionsAsync(null);

    private static PasskeyView View(UserPasskeyInfo passkey) =>
        new(Base64Url.EncodeToString(passkey.CredentialId), passkey.Name ?? "Passkey", passkey.CreatedAt);

    private static bool TryDecode(string id, out byte[] bytes)
    {
        try
        {
            bytes = Base64Url.DecodeFromChars(id);
            return bytes.Length > 0;
        }
        catch (FormatException)
        {
            bytes = [];
            return false;
        }
    }
}
