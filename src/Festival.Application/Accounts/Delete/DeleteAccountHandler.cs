namespace Festival.Application.Accounts.Delete;

internal sealed class DeleteAccountHandler(IUserAccounts accounts, IAccountErasure erasure, IMediator mediator, TimeProvider clock)
    : IRequestHandler<DeleteAccountCommand, Result<AccountDeletedNotification>>
{
    public async Task<Result<AccountDeletedNotification>> Handle(DeleteAccountCommand request, CancellationToken cancellationToken)
    {
        if (await accounts.FindByIdAsync(request.UserId, cancellationToken) is not { } account)
        {
            return Error.NotFound("account_not_found", "There is no such account.");
        }

        if (!string.Equals(account.Email, request.ConfirmEmail?.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            return Error.Validation("ConfirmEmail", "confirmation_mismatch", "Type your account's email address to confirm that you want to delete it.");
        }

        var now = clock.GetUtcNow();
        var outcome = await erasure.EraseAsync(request.UserId, DateOnly.FromDateTime(now.UtcDateTime), now, cancellationToken);
        var deleted = new AccountDeletedNotification(request.UserId, outcome.PeopleAnonymized, outcome.PeopleKept, outcome.PeopleLeftToOthers, now);
        await mediator.Publish(deleted, cancellationToken);
        return Result<AccountDeletedNotification>.Success(deleted);
    }
}
