namespace Festival.Application.Accounts.SignIn;

/// <summary>Ends the current session.</summary>
public sealed record SignOutCommand(string? UserId, string? ClientIp) : IRequest<Unit>, ITransactionalRequest;

internal sealed class SignOutHandler(ISignInSessions sessions, IMediator mediator, TimeProvider clock) : IRequestHandler<SignOutCommand, Unit>
{
    public async Task<Unit> Handle(SignOutCommand request, CancellationToken cancellationToken)
    {
        await sessions.SignOutAsync();
        if (request.UserId is not null)
        {
            await mediator.Publish(new UserSignedOutNotification(request.UserId, request.ClientIp, clock.GetUtcNow()), cancellationToken);
        }

        return Unit.Value;
    }
}
