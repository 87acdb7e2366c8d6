using System.ComponentModel.DataAnnotations;
using Festival.Application.Accounts;
using Festival.Application.Accounts.ResetPassword;
using Festival.Web.Forms;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Festival.Web.Pages.Account;

public sealed class ResetPasswordModel(IMediator mediator, IUserAccounts accounts) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? UserId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    [BindProperty]
    public PasswordInput Input { get; set; } = new();

    public bool LinkWorks { get; private set; } = true;

    public string LinkProblem => AccountErrors.LinkInvalid.Message;

    /// <summary>An expired or used link is refused before anyone types a new password.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        LinkWorks = !string.IsNullOrEmpty(UserId) && !string.IsNullOrEmpty(Token)
            && await accounts.VerifyResetTokenAsync(UserId, Token, cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (Input.NewPassword != Input.ConfirmNewPassword)
        {
            ModelState.AddModelError("Input.ConfirmNewPassword", "The two new passwords do not match.");
            return Page();
        }

        var result = await mediator.Send(new ResetPasswordCommand(UserId, Token, Input.NewPassword ?? string.Empty), cancellationToken);
        if (result.Errors.Any(e => e.Code == AccountErrors.LinkInvalid.Code))
        {
            LinkWorks = false;
            return Page();
        }

        if (!result.Succeeded)
        {
            ModelState.AddErrors(result);
            return Page();
        }

        TempData["Status"] = "Your password was changed. Sign in with the new one.";
        return RedirectToPage("/Account/Login");
    }

    public sealed class PasswordInput
    {
        [Display(Name = "New password")]
        [DataType(DataType.Password)]
        public string? NewPassword { get; set; }

        [Display(Name = "Repeat the new password")]
        [DataType(DataType.Password)]
        public string? ConfirmNewPassword { get; set; }
    }
}
