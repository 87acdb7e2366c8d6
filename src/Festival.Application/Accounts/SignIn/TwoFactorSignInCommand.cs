using Festival.Application.Accounts.TwoFactor;

namespace Festival.Application.Accounts.SignIn;

/// <summary>The second sign-in step: a code from the authenticator app, after the password was accepted in this browser.</summary>
public sealed record TwoFactorSignInCommand(string? Code, bool RememberMe, bool RememberBrowser, string? ClientIp) : IRequest<SignInOutcome>
{
    public override string ToString() => nameof(TwoFactorSignInCommand);
}

/// <summary>The second sign-in step with a recovery code; the code is used up and the owner gets a notice.</summary>
public sealed record RecoveryCodeSignInCommand(string? Code, string? ClientIp) : IRequest<SignInOutcome>
{
    public override string ToString() => nameof(RecoveryCodeSignInCommand);
}

/// <summary>Signs in with a passkey instead of a password.</summary>
public sealed record PasskeySignInCommand(string? CredentialJson, string? ClientIp) : IRequest<SignInOutcome>
{
    public override string ToString() => nameof(PasskeySignInCommand);
}

internal sealed class TwoFactorSignInHandler(
    ISignInSessions sessions, IUserAccounts accounts, ITwoFactorAccounts twoFactor, IUnitOfWork unitOfWork, IMediator mediator, TimeProvider clock)
    : IRequestHandler<TwoFactorSignInCommand, SignInOutcome>,
        IRequestHandler<RecoveryCodeSignInCommand, SignInOutcome>,
        IRequestHandler<PasskeySignInCommand, SignInOutcome>
{
    /// <summary>An assertion is a few hundred bytes of JSON; far more is not one.</summary>
    private const int MaxCredentialJsonLength = 16 * 1024;

    /// <summary>Longer than any code: refused before it reaches a store.</summary>
    private const int MaxCodeLength = 64;

    public async Task<SignInOutcome> Handle(TwoFactorSignInCommand request, CancellationToken cancellationToken)
    {
        var code = (request.Code ?? string.Empty).Trim();
        var (outcome, userId) = await sessions.TwoFactorSignInAsync(code.Length > MaxCodeLength ? string.Empty : code, request.RememberMe, request.RememberBrowser);
        return await AnnounceAsync(outcome, userId, request.ClientIp, usedRecoveryCode: false, cancellationToken);
    }

    public async Task<SignInOutcome> Handle(RecoveryCodeSignInCommand request, CancellationToken cancellationToken)
    {
        var code = (request.Code ?? string.Empty).Replace(" ", string.Empty, StringComparison.Ordinal);
        var (outcome, userId) = await sessions.RecoveryCodeSignInAsync(code.Length > MaxCodeLength ? string.Empty : code);
        return await AnnounceAsync(outcome, userId, request.ClientIp, usedRecoveryCode: true, cancellationToken);
    }

    public async Task<SignInOutcome> Handle(PasskeySignInCommand request, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.CredentialJson) || request.CredentialJson.Length > MaxCredentialJsonLength)
        {
            return SignInOutcome.Failed;
        }

        var (outcome, userId) = await sessions.PasskeySignInAsync(request.CredentialJson);
        return await AnnounceAsync(outcome, userId, request.ClientIp, usedRecoveryCode: false, cancellationToken);
    }

    private async Task<SignInOutcome> AnnounceAsync(SignInOutcome outcome, string? userId, string? clientIp, bool usedRecoveryCode, CancellationToken cancellationToken)
    {
        var account = userId is null ? null : await accounts.FindByIdAsync(userId, cancellationToken);
        if (outcome is SignInOutcome.NoPendingSignIn or SignInOutcome.RequiresTwoFactor || account is null)
        {
            return outcome;
        }

        var at = clock.GetUtcNow();
        IReadOnlyList<INotification> extra = usedRecoveryCode
            ? [new RecoveryCodeUsedNotification(account.Id, account.Email, (await twoFactor.GetStatusAsync(account.Id, cancellationToken))?.RecoveryCodesLeft ?? 0, clientIp, at)]
            : [];
        await SignInAnnouncement.PublishAsync(unitOfWork, mediator, outcome, account, account.Email, clientIp, at, extra, cancellationToken);
        return outcome;
    }
}
