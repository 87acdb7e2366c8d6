namespace Festival.Application.Accounts.Sessions;

/// <summary>The account's live sessions.</summary>
public sealed record ListSessionsQuery(string UserId) : IRequest<IReadOnlyList<SessionView>>;

/// <summary>Signs the account out on one browser (not the one asking: that is signing out).</summary>
public sealed record RevokeSessionCommand(string UserId, string SessionId, string? CurrentSessionId) : IRequest<Result>, ITransactionalRequest;

/// <summary>Signs the account out everywhere but the browser asking.</summary>
public sealed record RevokeOtherSessionsCommand(string UserId, string? CurrentSessionId) : IRequest<Result>, ITransactionalRequest;

/// <summary><paramref name="Sessions"/> ended at once; <paramref name="AllOthers"/> when every other session was asked to end.</summary>
public sealed record SessionRevokedNotification(string UserId, string Email, int Sessions, bool AllOthers, DateTimeOffset At) : INotification;

public static class SessionErrors
{
    public static Error NotFound => Error.NotFound("session_not_found", "That session has already ended.");

    public static Error Current => Error.Conflict("session_current", "That is this browser: use Sign out instead.");
}

internal sealed class ListSessionsHandler(IUserSessions sessions) : IRequestHandler<ListSessionsQuery, IReadOnlyList<SessionView>>
{
    public Task<IReadOnlyList<SessionView>> Handle(ListSessionsQuery request, CancellationToken cancellationToken) =>
        sessions.ListAsync(request.UserId, cancellationToken);
}

internal sealed class RevokeSessionHandler(IUserSessions sessions, IUserAccounts accounts, IMediator mediator, TimeProvider clock)
    : IRequestHandler<RevokeSessionCommand, Result>, IRequestHandler<RevokeOtherSessionsCommand, Result>
{
    public async Task<Result> Handle(RevokeSessionCommand request, CancellationToken cancellationToken)
    {
        if (request.SessionId == request.CurrentSessionId)
        {
            return Result.Failed(SessionErrors.Current);
        }

        var account = await accounts.FindByIdAsync(request.UserId, cancellationToken);
        if (account is null)
        {
            return Result.Failed(AccountErrors.UserNotFound(request.UserId));
        }

        if (!await sessions.RevokeAsync(account.Id, request.SessionId, cancellationToken))
        {
            return Result.Failed(SessionErrors.NotFound);
        }

        await mediator.Publish(new SessionRevokedNotification(account.Id, account.Email, 1, AllOthers: false, clock.GetUtcNow()), cancellationToken);
        return Result.Success();
    }

    public async Task<Result> Handle(RevokeOtherSessionsCommand request, CancellationToken cancellationToken)
    {
        var account = await accounts.FindByIdAsync(request.UserId, cancellationToken);
        if (account is null)
        {
            return Result.Failed(AccountErrors.UserNotFound(request.UserId));
        }

        var ended = await sessions.RevokeOthersAsync(account.Id, request.CurrentSessionId, cancellationToken);
        if (ended > 0)
        {
            await mediator.Publish(new SessionRevokedNotification(account.Id, account.Email, ended, AllOthers: true, clock.GetUtcNow()), cancellationToken);
        }

        return Result.Success();
    }
}
