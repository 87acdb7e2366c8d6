using Festival.Application.Accounts;
using Festival.Application.Accounts.Deactivate;
using Festival.Application.Accounts.Roles;
using Festival.Application.Accounts.Users;
using Festival.Application.Common;
using Festival.Application.Profiles;
using Festival.Domain.Profiles;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Festival.Web.Pages.Admin.Users;

public sealed class UserDetailsModel(IMediator mediator) : PageModel
{
    public AccountSummary Account { get; private set; } = null!;

    public Profile? Profile { get; private set; }

    public IReadOnlyList<string> GrantableRoles { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        var account = await mediator.Send(new GetAccountQuery(id), cancellationToken);
        if (account is null)
        {
            return NotFound();
        }

        Account = account;
        Profile = await mediator.Send(new GetPrimaryProfileQuery(id), cancellationToken);
        GrantableRoles = (await mediator.Send(new ListRolesQuery(), cancellationToken))
            .Select(r => r.Name).Except(account.Roles, StringComparer.OrdinalIgnoreCase).ToArray();
        return Page();
    }

    public Task<IActionResult> OnPostGrantAsync(string id, string role, CancellationToken cancellationToken) =>
        Change(id, new GrantRoleCommand(id, role, User.UserId()), $"Granted {role}.", cancellationToken);

    public Task<IActionResult> OnPostRevokeAsync(string id, string role, CancellationToken cancellationToken) =>
        Change(id, new RevokeRoleCommand(id, role, User.UserId()), $"Revoked {role}.", cancellationToken);

    public Task<IActionResult> OnPostDeactivateAsync(string id, CancellationToken cancellationToken) =>
        Change(id, new DeactivateUserCommand(id, User.UserId()), "Deactivated: the account cannot sign in and its sessions have ended.", cancellationToken);

    public Task<IActionResult> OnPostReactivateAsync(string id, CancellationToken cancellationToken) =>
        Change(id, new ReactivateUserCommand(id, User.UserId()), "Reactivated: the account can sign in again.", cancellationToken);

    private async Task<IActionResult> Change(string id, IRequest<Result> command, string done, CancellationToken cancellationToken)
    {
        var result = await mediator.Send(command, cancellationToken);
        TempData[result.Succeeded ? "Status" : "Error"] = result.Succeeded ? done : string.Join(" ", result.Errors.Select(e => e.Message));
        return RedirectToPage(new { id });
    }
}
