using Festival.Application.Accounts;
using Festival.Application.Accounts.Users;
using Festival.Application.Common;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Festival.Web.Pages.Admin.Users;

public sealed class UsersModel(IMediator mediator) : PageModel
{
    public const int PageSize = 25;

    /// <summary>Part of an email to search for.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    /// <summary>The page number (<c>page</c> is taken by Razor Pages' routing).</summary>
    [BindProperty(SupportsGet = true)]
    public int P { get; set; } = 1;

    public PagedList<AccountSummary> Accounts { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Accounts = await mediator.Send(new ListAccountsQuery(Q, P, PageSize), cancellationToken);
}
