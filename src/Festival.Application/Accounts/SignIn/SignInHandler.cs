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
        var account = userId is not null ? await accounts.FindByIdAsync(userId, cancellationToken) : await accounts.FindByEmailAsync(email, cancellationToken);
        if (outcome != SignInOutcome.RequiresTwoFactor)
        {
            // The password alone signs nobody in when a second factor follows; that step announces the outcome.
            await SignInAnnouncement.PublishAsync(unitOfWork, mediator, outcome, account, email, request.ClientIp, clock.GetUtcNow(), [], cancellationToken);
        }

        return outcome;
    }
}

/// <summary>What every sign-in step announces, in one transaction: signed in, failed or locked out (and anything extra).</summary>
internal static class SignInAnnouncement
{
    public static Task PublishAsync(
        IUnitOfWork unitOfWork, IMediator mediator, SignInOutcome outcome, AccountSummary? account, string email, string? clientIp, DateTimeOffset at,
        IReadOnlyList<INotification> extra, CancellationToken cancellationToken)
    {
        INotification notification = (outcome, account) switch
        {
            (SignInOutcome.SignedIn, { } a) => new UserSignedInNotification(a.Id, a.Email, clientIp, at),
            (SignInOutcome.LockedOut, { } a) => new UserLockedOutNotification(a.Id, a.Email, clientIp, at),
            _ => new SignInFailedNotification(email, account?.Id, clientIp, at),
        };

        return unitOfWork.InTransactionAsync(async () =>
        {
            await mediator.Publish(notification, cancellationToken);
            foreach (var more in outcome == SignInOutcome.SignedIn ? extra : [])
            {
                await mediator.Publish(more, cancellationToken);
            }

            return Result.Success();
        }, cancellationToken);
    }
}
