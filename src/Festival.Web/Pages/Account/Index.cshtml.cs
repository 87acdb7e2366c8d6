using Festival.Application.Accounts;
using Festival.Application.Accounts.Users;
using Festival.Application.Profiles;
using Festival.Domain.Profiles;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Festival.Web.Pages.Account;

/// <summary>The signed-in user's profile: what the festival knows about them.</summary>
public sealed class ProfileModel(IMediator mediator) : PageModel
{
    public AccountSummary Account { get; private set; } = null!;

    public Profile Profile { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var userId = User.RequiredUserId();
        var account = await mediator.Send(new GetAccountQuery(userId), cancellationToken);
        var profile = await mediator.Send(new GetPrimaryProfileQuery(userId), cancellationToken);
        if (account is null || profile is null)
        {
            return NotFound();
        }

        (Account, Profile) = (account, profile);
        return Page();
    }
}
