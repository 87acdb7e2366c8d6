namespace Festival.Application.Accounts.Users;

/// <summary>One account by id, with its roles; null when there is none.</summary>
public sealed record GetAccountQuery(string UserId) : IRequest<AccountSummary?>;

internal sealed class GetAccountHandler(IUserAccounts accounts) : IRequestHandler<GetAccountQuery, AccountSummary?>
{
    public Task<AccountSummary?> Handle(GetAccountQuery request, CancellationToken cancellationToken) =>
        accounts.FindByIdAsync(request.UserId, cancellationToken);
}
