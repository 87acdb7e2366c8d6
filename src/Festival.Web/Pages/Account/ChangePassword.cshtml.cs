using System.ComponentModel.DataAnnotations;
using Festival.Application.Accounts.ChangePassword;
using Festival.Application.Accounts.SignIn;
using Festival.Web.Forms;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Festival.Web.Pages.Account;

public sealed class ChangePasswordModel(IMediator mediator, ISignInSessions sessions) : PageModel
{
    [BindProperty]
    public PasswordInput Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (Input.NewPassword != Input.ConfirmNewPassword)
        {
            ModelState.AddModelError("Input.ConfirmNewPassword", "The two new passwords do not match.");
            return Page();
        }

        var userId = User.RequiredUserId();
        var result = await mediator.Send(new ChangePasswordCommand(userId, Input.CurrentPassword ?? string.Empty, Input.NewPassword ?? string.Empty), cancellationToken);
        if (!result.Succeeded)
        {
            ModelState.AddErrors(result);
            return Page();
        }

        // The new security stamp ends every other session; this one gets a fresh cookie.
        await sessions.RefreshAsync(userId);
        TempData["Status"] = "Your password was changed.";
        return RedirectToPage("/Account/Index");
    }

    public sealed class PasswordInput
    {
        [Display(Name = "Current password")]
        [DataType(DataType.Password)]
        public string? CurrentPassword { get; set; }

        [Display(Name = "New password")]
        [DataType(DataType.Password)]
        public string? NewPassword { get; set; }

        [Display(Name = "Repeat the new password")]
        [DataType(DataType.Password)]
        public string? ConfirmNewPassword { get; set; }
    }
}
