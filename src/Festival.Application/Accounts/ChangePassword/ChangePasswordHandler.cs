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

        return await NewPassword.StoreAsync(accounts, unitOfWork, mediator, account.Id, request.NewPassword,
            new PasswordChangedNotification(account.Id, account.Email, clock.GetUtcNow()), cancellationToken);
    }
}
