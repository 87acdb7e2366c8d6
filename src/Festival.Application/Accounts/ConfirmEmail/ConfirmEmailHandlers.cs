using Festival.Application.Accounts.Links;
using Festival.Application.Outbox;

namespace Festival.Application.Accounts.ConfirmEmail;

internal sealed class RequestEmailConfirmationHandler(IUserAccounts accounts, IMediator mediator, TimeProvider clock)
    : IRequestHandler<RequestEmailConfirmationCommand, Unit>
{
    public async Task<Unit> Handle(RequestEmailConfirmationCommand request, CancellationToken cancellationToken)
    {
        var account = await accounts.FindByEmailAsync(AccountInput.NormalizeEmail(request.Email), cancellationToken);
        if (account is { EmailConfirmed: false, IsActive: true })
        {
            await mediator.Publish(new EmailConfirmationRequestedNotification(account.Id, account.Email, clock.GetUtcNow()), cancellationToken);
        }

        return Unit.Value;
    }
}

/// <summary>Each request for a link queues one email; the token is made when it is sent.</summary>
internal sealed class SendConfirmationLinkHandler(IOutbox outbox) : INotificationHandler<EmailConfirmationRequestedNotification>
{
    public Task Handle(EmailConfirmationRequestedNotification notification, CancellationToken cancellationToken) =>
        outbox.EnqueueAsync(new AccountLinkMessage(notification.UserId, AccountLinkPurpose.ConfirmEmail),
            $"confirm-email:{notification.UserId}:{notification.At.UtcTicks}", cancellationToken);
}

internal sealed class ConfirmEmailHandler(IUserAccounts accounts, IMediator mediator, TimeProvider clock) : IRequestHandler<ConfirmEmailCommand, Result>
{
    public async Task<Result> Handle(ConfirmEmailCommand request, CancellationToken cancellationToken)
    {
        var account = string.IsNullOrEmpty(request.UserId) ? null : await accounts.FindByIdAsync(request.UserId, cancellationToken);
        if (account is null || string.IsNullOrEmpty(request.Token))
        {
            return Result.Failed(AccountErrors.LinkInvalid);
        }

        if (account.EmailConfirmed)
        {
            return Result.Success();
        }

        if (!await accounts.ConfirmEmailAsync(account.Id, request.Token, cancellationToken))
        {
            return Result.Failed(AccountErrors.LinkInvalid);
        }

        await mediator.Publish(new EmailConfirmedNotification(account.Id, account.Email, clock.GetUtcNow()), cancellationToken);
        return Result.Success();
    }
}
