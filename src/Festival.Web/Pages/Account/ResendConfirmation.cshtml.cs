using System.ComponentModel.DataAnnotations;
using Festival.Application.Accounts.ConfirmEmail;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Festival.Web.Pages.Account;

/// <summary>The answer never says whether the address has an account.</summary>
public sealed class ResendConfirmationModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true)]
    [Display(Name = "Email")]
    public string? Email { get; set; }

    public bool Sent { get; private set; }

    public void OnGet()
    {
    }

    public async Task OnPostAsync(CancellationToken cancellationToken)
    {
        await mediator.Send(new RequestEmailConfirmationCommand(Email), cancellationToken);
        Sent = true;
    }
}
