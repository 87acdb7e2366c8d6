namespace Festival.Application.Accounts.ChangePassword;

/// <summary>Like registration, the slow password work (verify, hash) happens before the transaction opens.</summary>
internal sealed class ChangePasswordHandler(IUserAccounts accounts, IUnitOfWork unitOfWork, IMediator mediator, TimeProvider clock)
    : IRequestHandler<ChangePasswordCommand, Result>
{
    public async Task<Result> Handle(ChangePasswordCommand request, CancellationToken cancellationToken)
    {
        var account = await accounts.FindByIdAsync(request.UserId, cancellationToken);
        if (account is null)
        {
            return Result.Failed(AccountErrors.UserNotFound(request.UserId));
        }

        if (!await accounts.CheckPasswordAsync(account.Id, request.CurrentPassword, cancellationToken))
        {
            return Result.Failed(AccountErrors.CurrentPasswordIncorrect);
        }

        var hash = accounts.HashPassword(request.NewPassword);
        return await unitOfWork.InTransactionAsync(async () =>
        {
            await accounts.SetPasswordHashAsync(account.Id, hash, cancellationToken);
            await mediator.Publish(new PasswordChangedNotification(account.Id, account.Email, clock.GetUtcNow()), cancellationToken);
            return Result.Success();
        }, cancellationToken);
    }
}
