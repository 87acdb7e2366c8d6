using System.ComponentModel.DataAnnotations;
using Festival.Application.Accounts.SignIn;
using Festival.Application.Accounts.TwoFactor;
using Festival.Web.Forms;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Festival.Web.Pages.Account;

/// <summary>Turns two-factor sign-in off, after the owner proves it is them with their password or a code.</summary>
public sealed class DisableTwoFactorModel(IMediator mediator, ISignInSessions sessions) : PageModel
{
    [BindProperty]
    public ProofInput Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var userId = User.RequiredUserId();
        var result = await mediator.Send(new DisableTwoFactorCommand(userId, Input.Password, Input.Code), cancellationToken);
        if (!result.Succeeded)
        {
            ModelState.AddErrors(result);
            return Page();
        }

        await sessions.RefreshAsync(userId);
        TempData["Status"] = "Two-factor sign-in is off.";
        return RedirectToPage("/Account/Security");
    }

    public sealed class ProofInput
    {
        [Display(Name = "Your password")]
        [DataType(DataType.Password)]
        public string? Password { get; set; }

        [Display(Name = "Or a code from your app, or a recovery code")]
        public string? Code { get; set; }
    }
}
