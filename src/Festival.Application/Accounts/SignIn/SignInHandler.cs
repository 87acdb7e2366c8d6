using Festival.Domain.Accounts;

namespace Festival.Application.Accounts.SignIn;

/// <summary>
/// Verifies the password first (slow, outside any transaction), then announces what happened in one transaction,
/// so reactions such as sign-in tracking and the audit trail commit together.
/// </summary>
internal sealed class SignInHandler(ISignInSessions sessions, IUserAccounts accounts, IUnitOfWork unitOfWork, IMediator mediator, TimeProvider clock)
    : IRequestHandler<SignInCommand, SignInOutcome>
{
    public async Task<SignInOutcome> Handle(SignInCommand request, CancellationToken cancellationToken)
    {
        var email = AccountInput.NormalizeEmail(request.Email);
        var password = request.Password ?? string.Empty;
        if (email.Length is 0 or > AccountRules.MaxEmailLength || password.Length is 0 or > AccountRules.MaxPasswordLength)
        {
            return SignInOutcome.Failed;
        }

        var (outcome, userId) = await sessions.PasswordSignInAsync(email, password, request.RememberMe);
        var at = clock.GetUtcNow();
        var account = userId is not null ? await accounts.FindByIdAsync(userId, cancellationToken) : await accounts.FindByEmailAsync(email, cancellationToken);
        INotification notification = (outcome, account) switch
        {
            (SignInOutcome.SignedIn, { } a) => new UserSignedInNotification(a.Id, a.Email, request.ClientIp, at),
            (SignInOutcome.LockedOut, { } a) => new UserLockedOutNotification(a.Id, a.Email, request.ClientIp, at),
            _ => new SignInFailedNotification(email, account?.Id, request.ClientIp, at),
        };

        await unitOfWork.InTransactionAsync(async () =>
        {
            await mediator.Publish(notification, cancellationToken);
            return Result.Success();
        }, cancellationToken);
        return outcome;
    }
}
