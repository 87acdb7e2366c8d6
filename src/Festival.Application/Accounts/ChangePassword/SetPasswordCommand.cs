namespace Festival.Application.Accounts.ChangePassword;

/// <summary>
/// An operator sets an account's password without knowing the current one (the command line's
/// <c>users change-password</c>). Like a change, it ends the account's sessions and publishes PasswordChanged.
/// </summary>
public sealed record SetPasswordCommand(string UserId, string NewPassword) : IRequest<Result>
{
    public override string ToString() => $"{nameof(SetPasswordCommand)} {{ UserId = {UserId} }}";
}

internal sealed class SetPasswordValidator(IUserAccounts accounts) : IValidator<SetPasswordCommand>
{
    public Task<IReadOnlyList<Error>> ValidateAsync(SetPasswordCommand request, CancellationToken cancellationToken) =>
        NewPassword.ValidateAsync(accounts, request.NewPassword, cancellationToken);
}

/// <summary>Hashes before the transaction opens, as every password command does.</summary>
internal sealed class SetPasswordHandler(IUserAccounts accounts, IUnitOfWork unitOfWork, IMediator mediator, TimeProvider clock)
    : IRequestHandler<SetPasswordCommand, Result>
{
    public async Task<Result> Handle(SetPasswordCommand request, CancellationToken cancellationToken)
    {
        var account = await accounts.FindByIdAsync(request.UserId, cancellationToken);
        if (account is null)
        {
            return Result.Failed(AccountErrors.UserNotFound(request.UserId));
        }

        return await NewPassword.StoreAsync(accounts, unitOfWork, mediator, account.Id, request.NewPassword,
            new PasswordChangedNotification(account.Id, account.Email, clock.GetUtcNow()), cancellationToken);
    }
}
