namespace Festival.Application.Accounts.Passkeys;

/// <summary>Stores a passkey the signed-in owner just made in their browser, under a name they chose.</summary>
public sealed record AddPasskeyCommand(string UserId, string? CredentialJson, string? Name) : IRequest<Result>, ITransactionalRequest
{
    public const int MaxNameLength = 50;
    public const int MaxPasskeys = 10;

    public override string ToString() => $"{nameof(AddPasskeyCommand)} {{ UserId = {UserId} }}";
}

public sealed record RemovePasskeyCommand(string UserId, string PasskeyId) : IRequest<Result>, ITransactionalRequest;

/// <summary>The options for signing in with a passkey, kept by this browser for the answer.</summary>
public sealed record GetPasskeyRequestOptionsQuery : IRequest<string>;

/// <summary>The options for making a passkey for the signed-in account; null when it does not exist.</summary>
public sealed record GetPasskeyCreationOptionsQuery(string UserId) : IRequest<string?>;

public sealed record ListPasskeysQuery(string UserId) : IRequest<IReadOnlyList<PasskeyView>>;

public sealed record PasskeyAddedNotification(string UserId, string Email, string Name, DateTimeOffset At) : INotification;

public sealed record PasskeyRemovedNotification(string UserId, string Email, string Name, DateTimeOffset At) : INotification;

public static class PasskeyErrors
{
    public static Error NameInvalid =>
        Error.Validation("Name", "passkey_name_invalid", $"Give the passkey a name of 1 to {AddPasskeyCommand.MaxNameLength} characters, such as \"Laptop\".");

    public static Error TooMany => Error.Conflict("passkeys_too_many", $"An account can have at most {AddPasskeyCommand.MaxPasskeys} passkeys; remove one first.");

    public static Error NotMade => Error.Validation("CredentialJson", "passkey_not_made", "Your browser did not make a passkey. Try again, or use another browser.");

    public static Error Refused(string why) => Error.Validation("CredentialJson", "passkey_refused", $"That passkey could not be added: {why}");

    public static Error NotFound => Error.NotFound("passkey_not_found", "That passkey is not on this account any more.");
}

internal sealed class PasskeyHandlers(IPasskeys passkeys, IUserAccounts accounts, IMediator mediator, TimeProvider clock)
    : IRequestHandler<AddPasskeyCommand, Result>,
        IRequestHandler<RemovePasskeyCommand, Result>,
        IRequestHandler<GetPasskeyRequestOptionsQuery, string>,
        IRequestHandler<GetPasskeyCreationOptionsQuery, string?>,
        IRequestHandler<ListPasskeysQuery, IReadOnlyList<PasskeyView>>
{
    public async Task<Result> Handle(AddPasskeyCommand request, CancellationToken cancellationToken)
    {
        var name = (request.Name ?? string.Empty).Trim();
        if (name.Length == 0 || AccountInput.CheckText("Name", name, AddPasskeyCommand.MaxNameLength) is not null)
        {
            return Result.Failed(PasskeyErrors.NameInvalid);
        }

        if (string.IsNullOrWhiteSpace(request.CredentialJson))
        {
            return Result.Failed(PasskeyErrors.NotMade);
        }

        var account = await accounts.FindByIdAsync(request.UserId, cancellationToken);
        if (account is null)
        {
            return Result.Failed(AccountErrors.UserNotFound(request.UserId));
        }

        if ((await passkeys.ListAsync(account.Id, cancellationToken)).Count >= AddPasskeyCommand.MaxPasskeys)
        {
            return Result.Failed(PasskeyErrors.TooMany);
        }

        var added = await passkeys.AddAsync(account.Id, request.CredentialJson, name, cancellationToken);
        if (!added.Succeeded)
        {
            return added;
        }

        await mediator.Publish(new PasskeyAddedNotification(account.Id, account.Email, name, clock.GetUtcNow()), cancellationToken);
        return Result.Success();
    }

    public async Task<Result> Handle(RemovePasskeyCommand request, CancellationToken cancellationToken)
    {
        var account = await accounts.FindByIdAsync(request.UserId, cancellationToken);
        var removed = account is null ? null : await passkeys.RemoveAsync(account.Id, request.PasskeyId, cancellationToken);
        if (removed is null)
        {
            return Result.Failed(PasskeyErrors.NotFound);
        }

        await mediator.Publish(new PasskeyRemovedNotification(account!.Id, account.Email, removed.Name, clock.GetUtcNow()), cancellationToken);
        return Result.Success();
    }

    public Task<string> Handle(GetPasskeyRequestOptionsQuery request, CancellationToken cancellationToken) => passkeys.RequestOptionsAsync(cancellationToken);

    public Task<string?> Handle(GetPasskeyCreationOptionsQuery request, CancellationToken cancellationToken) =>
        passkeys.CreationOptionsAsync(request.UserId, cancellationToken);

    public Task<IReadOnlyList<PasskeyView>> Handle(ListPasskeysQuery request, CancellationToken cancellationToken) =>
        passkeys.ListAsync(request.UserId, cancellationToken);
}
