using Festival.Application.People.Managed;
using Festival.Domain.Accounts;
using Festival.Web.Security;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Festival.Web.Pages.Entries;

/// <summary>One person's details: for themself, their guardians, their linked teacher and festival staff; 404 for anyone else.</summary>
public sealed class PersonModel(IMediator mediator) : PageModel
{
    public ManagedPersonView Person { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new GetManagedPersonQuery(User.RequiredUserId(), id, User.Has(Permissions.FestivalAdmin)), cancellationToken);
        if (!result.Succeeded)
        {
            return NotFound();
        }

        Person = result.Value;
        return Page();
    }
}
