namespace Festival.Application.Accounts.TwoFactor;

/// <summary>An account's second factors, for /Account/Security.</summary>
public sealed record GetTwoFactorStatusQuery(string UserId) : IRequest<TwoFactorStatus?>;

/// <summary>What setting up an authenticator app needs: the key (stored now if there is none) and its <c>otpauth://</c> link.</summary>
public sealed record GetAuthenticatorSetupQuery(string UserId) : IRequest<AuthenticatorSetup?>;

public sealed record AuthenticatorSetup(string Key, string Uri);

internal sealed class GetTwoFactorStatusHandler(ITwoFactorAccounts accounts) : IRequestHandler<GetTwoFactorStatusQuery, TwoFactorStatus?>
{
    public Task<TwoFactorStatus?> Handle(GetTwoFactorStatusQuery request, CancellationToken cancellationToken) =>
        accounts.GetStatusAsync(request.UserId, cancellationToken);
}

internal sealed class GetAuthenticatorSetupHandler(ITwoFactorAccounts accounts) : IRequestHandler<GetAuthenticatorSetupQuery, AuthenticatorSetup?>
{
    public const string Issuer = "Festival";

    public async Task<AuthenticatorSetup?> Handle(GetAuthenticatorSetupQuery request, CancellationToken cancellationToken)
    {
        var status = await accounts.GetStatusAsync(request.UserId, cancellationToken);
        var key = status is null ? null : await accounts.GetOrCreateAuthenticatorKeyAsync(status.UserId, cancellationToken);
        return key is null ? null : new AuthenticatorSetup(key, Totp.SetupUri(Issuer, status!.Email, key));
    }
}
