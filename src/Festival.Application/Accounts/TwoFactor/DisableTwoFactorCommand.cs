namespace Festival.Application.Accounts.TwoFactor;

/// <summary>
/// The owner turns two-factor sign-in off, proving it is them with their password, an authenticator code or a
/// recovery code (someone who found a signed-in browser cannot).
/// </summary>
public sealed record DisableTwoFactorCommand(string UserId, string? Password, string? Code) : IRequest<Result>
{
    public override string ToString() => $"{nameof(DisableTwoFactorCommand)} {{ UserId = {UserId} }}";
}

/// <summary>An operator turns two-factor sign-in off for someone who lost their phone and codes (<c>users reset-2fa</c>).</summary>
public sealed record ResetTwoFactorCommand(string UserId, string? ActorId = null) : IRequest<Result>, ITransactionalRequest;

internal sealed class DisableTwoFactorHandler(
    ITwoFactorAccounts twoFactor, IUserAccounts accounts, IUnitOfWork unitOfWork, IMediator mediator, TimeProvider clock)
    : IRequestHandler<DisableTwoFactorCommand, Result>
{
    public async Task<Result> Handle(DisableTwoFactorCommand request, CancellationToken cancellationToken)
    {
        var (status, refusal) = await EnabledAccount.FindAsync(twoFactor, request.UserId, cancellationToken);
        if (status is null)
        {
            return Result.Failed(refusal!);
        }

        if (string.IsNullOrEmpty(request.Password) && string.IsNullOrWhiteSpace(request.Code))
        {
            return Result.Failed(TwoFactorErrors.ProofRequired);
        }

        // The password check is slow by design: outside the transaction, as every password command does.
        var proven = !string.IsNullOrEmpty(request.Password)
            ? await accounts.CheckPasswordAsync(status.UserId, request.Password, cancellationToken)
            : Totp.Normalize(request.Code) is not null
                ? await twoFactor.UseAuthenticatorCodeAsync(status.UserId, request.Code, cancellationToken) == TotpVerdict.Accepted
                : await twoFactor.RedeemRecoveryCodeAsync(status.UserId, request.Code, cancellationToken);
        if (!proven)
        {
            return Result.Failed(TwoFactorErrors.ProofWrong);
        }

        return await unitOfWork.InTransactionAsync(async () =>
        {
            await twoFactor.DisableAsync(status.UserId, cancellationToken);
            await mediator.Publish(new TwoFactorDisabledNotification(status.UserId, status.Email, null, ByOperator: false, clock.GetUtcNow()), cancellationToken);
            return Result.Success();
        }, cancellationToken);
    }
}

internal sealed class ResetTwoFactorHandler(ITwoFactorAccounts twoFactor, IMediator mediator, TimeProvider clock) : IRequestHandler<ResetTwoFactorCommand, Result>
{
    public async Task<Result> Handle(ResetTwoFactorCommand request, CancellationToken cancellationToken)
    {
        var (status, refusal) = await EnabledAccount.FindAsync(twoFactor, request.UserId, cancellationToken);
        if (status is null)
        {
            return Result.Failed(refusal!);
        }

        await twoFactor.DisableAsync(status.UserId, cancellationToken);
        await mediator.Publish(new TwoFactorDisabledNotification(status.UserId, status.Email, request.ActorId, ByOperator: true, clock.GetUtcNow()), cancellationToken);
        return Result.Success();
    }
}
