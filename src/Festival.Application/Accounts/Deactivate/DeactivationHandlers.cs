using Festival.Domain.Accounts;

namespace Festival.Application.Accounts.Deactivate;

internal sealed class DeactivateUserHandler(IUserAccounts accounts, IRoles roles, IMediator mediator, TimeProvider clock)
    : IRequestHandler<DeactivateUserCommand, Result>
{
    public async Task<Result> Handle(DeactivateUserCommand request, CancellationToken cancellationToken)
    {
        var account = await accounts.FindByIdAsync(request.UserId, cancellationToken);
        if (account is null)
        {
            return Result.Failed(AccountErrors.UserNotFound(request.UserId));
        }

        if (!account.IsActive)
        {
            return Result.Success();
        }

        if (account.Id == request.ActorId)
        {
            return Result.Failed(AccountErrors.CannotDeactivateSelf);
        }

        if (account.Roles.Contains(RoleNames.Admin, StringComparer.OrdinalIgnoreCase)
            && await roles.CountActiveMembersAsync(RoleNames.Admin, cancellationToken) <= 1)
        {
            return Result.Failed(AccountErrors.LastAdmin);
        }

        var at = clock.GetUtcNow();
        await accounts.SetDeactivatedAsync(account.Id, at, cancellationToken);
        await mediator.Publish(new UserDeactivatedNotification(account.Id, account.Email, request.ActorId, at), cancellationToken);
        return Result.Success();
    }
}

internal sealed class ReactivateUserHandler(IUserAccounts accounts, IMediator mediator, TimeProvider clock)
    : IRequestHandler<ReactivateUserCommand, Result>
{
    public async Task<Result> Handle(ReactivateUserCommand request, CancellationToken cancellationToken)
    {
        var account = await accounts.FindByIdAsync(request.UserId, cancellationToken);
        if (account is null)
        {
            return Result.Failed(AccountErrors.UserNotFound(request.UserId));
        }

        if (account.IsActive)
        {
            return Result.Success();
        }

        var at = clock.GetUtcNow();
        await accounts.SetDeactivatedAsync(account.Id, null, cancellationToken);
        await mediator.Publish(new UserReactivatedNotification(account.Id, account.Email, request.ActorId, at), cancellationToken);
        return Result.Success();
    }
}
