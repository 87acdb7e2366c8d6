namespace Festival.Application.Accounts.Users;

/// <summary>Accounts, newest first, optionally only those whose email contains <paramref name="EmailContains"/>.</summary>
public sealed record ListAccountsQuery(string? EmailContains = null, int Page = 1, int PageSize = 25) : IRequest<PagedList<AccountSummary>>
{
    public const int MaxPageSize = 200;
}

internal sealed class ListAccountsHandler(IUserAccounts accounts) : IRequestHandler<ListAccountsQuery, PagedList<AccountSummary>>
{
    public Task<PagedList<AccountSummary>> Handle(ListAccountsQuery request, CancellationToken cancellationToken) =>
        accounts.ListAsync(
            string.IsNullOrWhiteSpace(request.EmailContains) ? null : request.EmailContains.Trim(),
            Math.Max(1, request.Page),
            Math.Clamp(request.PageSize, 1, ListAccountsQuery.MaxPageSize),
            cancellationToken);
}
