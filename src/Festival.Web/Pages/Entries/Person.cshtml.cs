using Festival.Application.People.Consent;
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

    /// <summary>The season's photo and recording consent, answered by the person or a guardian (staff record a paper answer).</summary>
    public async Task<IActionResult> OnPostMediaConsentAsync(int id, bool granted, CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new SetMediaConsentCommand(User.RequiredUserId(), id, granted, User.Has(Permissions.FestivalAdmin)), cancellationToken);
        if (!result.Succeeded)
        {
            // A teacher sees the person but does not answer for them: they get the page back with the reason.
            TempData["Error"] = result.Errors[0].Kind == Application.Common.ErrorKind.NotFound
                ? "Only the participant or a guardian can answer this question."
                : result.Errors[0].Message;
            return RedirectToPage(new { id });
        }

        TempData["Status"] = granted
            ? $"Thank you: the festival may photograph and record them in {result.Value.Season}."
            : $"Noted: the festival will not photograph or record them in {result.Value.Season}.";
        return RedirectToPage(new { id });
    }
}
