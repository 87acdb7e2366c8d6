namespace Festival.Application.Accounts.TwoFactor;

/// <summary>New recovery codes for an account with two-factor sign-in on; the old ones stop working. Answers the new codes.</summary>
public sealed record RegenerateRecoveryCodesCommand(string UserId) : IRequest<Result<IReadOnlyList<string>>>, ITransactionalRequest;

internal sealed class RegenerateRecoveryCodesHandler(ITwoFactorAccounts accounts, IMediator mediator, TimeProvider clock)
    : IRequestHandler<RegenerateRecoveryCodesCommand, Result<IReadOnlyList<string>>>
{
    public async Task<Result<IReadOnlyList<string>>> Handle(RegenerateRecoveryCodesCommand request, CancellationToken cancellationToken)
    {
        var (status, refusal) = await EnabledAccount.FindAsync(accounts, request.UserId, cancellationToken);
        if (status is null)
        {
            return refusal!;
        }

        var codes = await accounts.ReplaceRecoveryCodesAsync(status.UserId, EnableTwoFactorCommand.RecoveryCodeCount, cancellationToken);
        await mediator.Publish(new RecoveryCodesRegeneratedNotification(status.UserId, status.Email, clock.GetUtcNow()), cancellationToken);
        return Result<IReadOnlyList<string>>.Success(codes);
    }
}
