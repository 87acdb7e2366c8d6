using Festival.Application.Accounts.Links;
using Festival.Application.Outbox;

namespace Festival.Application.Accounts.ResetPassword;

internal sealed class RequestPasswordResetHandler(IUserAccounts accounts, IMediator mediator, TimeProvider clock)
    : IRequestHandler<RequestPasswordResetCommand, Unit>
{
    public async Task<Unit> Handle(RequestPasswordResetCommand request, CancellationToken cancellationToken)
    {
        var account = await accounts.FindByEmailAsync(AccountInput.NormalizeEmail(request.Email), cancellationToken);
        if (account is { IsActive: true })
        {
            await mediator.Publish(new PasswordResetRequestedNotification(account.Id, account.Email, request.ClientIp, clock.GetUtcNow()), cancellationToken);
        }

        return Unit.Value;
    }
}

internal sealed class SendResetLinkHandler(IOutbox outbox) : INotificationHandler<PasswordResetRequestedNotification>
{
    public Task Handle(PasswordResetRequestedNotification notification, CancellationToken cancellationToken) =>
        outbox.EnqueueAsync(new AccountLinkMessage(notification.UserId, AccountLinkPurpose.ResetPassword),
            $"reset-password:{notification.UserId}:{notification.At.UtcTicks}", cancellationToken);
}

internal sealed class ResetPasswordValidator(IUserAccounts accounts) : IValidator<ResetPasswordCommand>
{
    public Task<IReadOnlyList<Error>> ValidateAsync(ResetPasswordCommand request, CancellationToken cancellationToken) =>
        NewPassword.ValidateAsync(accounts, request.NewPassword, cancellationToken);
}

/// <summary>
/// Checks the token and hashes the new password before the transaction opens (both slow), then stores the hash.
/// Storing it renews the security stamp, which both ends other sessions and makes the link unusable.
/// </summary>
internal sealed class ResetPasswordHandler(IUserAccounts accounts, IUnitOfWork unitOfWork, IMediator mediator, TimeProvider clock)
    : IRequestHandler<ResetPasswordCommand, Result>
{
    public async Task<Result> Handle(ResetPasswordCommand request, CancellationToken cancellationToken)
    {
        var account = string.IsNullOrEmpty(request.UserId) ? null : await accounts.FindByIdAsync(request.UserId, cancellationToken);
        if (account is null || string.IsNullOrEmpty(request.Token) || !await accounts.VerifyResetTokenAsync(account.Id, request.Token, cancellationToken))
        {
            return Result.Failed(AccountErrors.LinkInvalid);
        }

        return await NewPassword.StoreAsync(accounts, unitOfWork, mediator, account.Id, request.NewPassword,
            new PasswordResetNotification(account.Id, account.Email, clock.GetUtcNow()), cancellationToken);
    }
}
