namespace Festival.Application.Accounts.TwoFactor;

/// <summary>
/// Turns on two-factor sign-in once the owner typed a code from the authenticator app they just set up, proving the
/// app holds the key. Answers the new recovery codes, which are shown once.
/// </summary>
public sealed record EnableTwoFactorCommand(string UserId, string? Code) : IRequest<Result<IReadOnlyList<string>>>
{
    public const int RecoveryCodeCount = 10;

    public override string ToString() => $"{nameof(EnableTwoFactorCommand)} {{ UserId = {UserId} }}";
}

internal sealed class EnableTwoFactorHandler(ITwoFactorAccounts accounts, IUnitOfWork unitOfWork, IMediator mediator, TimeProvider clock)
    : IRequestHandler<EnableTwoFactorCommand, Result<IReadOnlyList<string>>>
{
    public async Task<Result<IReadOnlyList<string>>> Handle(EnableTwoFactorCommand request, CancellationToken cancellationToken)
    {
        var status = await accounts.GetStatusAsync(request.UserId, cancellationToken);
        if (status is null)
        {
            return AccountErrors.UserNotFound(request.UserId);
        }

        if (status.Enabled)
        {
            return TwoFactorErrors.AlreadyEnabled;
        }

        var verdict = await accounts.UseAuthenticatorCodeAsync(status.UserId, request.Code, cancellationToken);
        if (verdict != TotpVerdict.Accepted)
        {
            return TwoFactorErrors.From(verdict);
        }

        return await unitOfWork.InTransactionAsync(async () =>
        {
            var codes = await accounts.EnableAsync(status.UserId, EnableTwoFactorCommand.RecoveryCodeCount, cancellationToken);
            await mediator.Publish(new TwoFactorEnabledNotification(status.UserId, status.Email, clock.GetUtcNow()), cancellationToken);
            return Result<IReadOnlyList<string>>.Success(codes);
        }, cancellationToken);
    }
}
