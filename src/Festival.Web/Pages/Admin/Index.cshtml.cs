using Festival.Application.Accounts;
using Festival.Application.Accounts.Roles;
using Festival.Application.Accounts.Users;
using Festival.Application.Common;
using Festival.Application.Outbox;
using MediatR;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Festival.Web.Pages.Admin;

public sealed class AdminIndexModel(IMediator mediator) : PageModel
{
    public IReadOnlyList<RoleInfo> Roles { get; private set; } = [];

    public PagedList<AccountSummary> Latest { get; private set; } = null!;

    public OutboxCounts Outbox { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Roles = await mediator.Send(new ListRolesQuery(), cancellationToken);
        Latest = await mediator.Send(new ListAccountsQuery(PageSize: 10), cancellationToken);
        Outbox = (await mediator.Send(new GetOutboxStatusQuery(PageSize: 1), cancellationToken)).Counts;
    }
}
