namespace Festival.Application.Accounts.Users;

/// <summary>Looks an account up by email, in any letter case.</summary>
public sealed record FindAccountByEmailQuery(string Email) : IRequest<AccountSummary?>;

internal sealed class FindAccountByEmailHandler(IUserAccounts accounts) : IRequestHandler<FindAccountByEmailQuery, AccountSummary?>
{
    public Task<AccountSummary?> Handle(FindAccountByEmailQuery request, CancellationToken cancellationToken) =>
        accounts.FindByEmailAsync(AccountInput.NormalizeEmail(request.Email), cancellationToken);
}
