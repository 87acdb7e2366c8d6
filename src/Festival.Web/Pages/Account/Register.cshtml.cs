using System.ComponentModel.DataAnnotations;
using Festival.Application.Accounts;
using Festival.Application.Accounts.Register;
using Festival.Application.Accounts.SignIn;
using Festival.Web.Forms;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Festival.Web.Pages.Account;

public sealed class RegisterModel(IMediator mediator, ISignInSessions sessions, IOptions<AccountOptions> options) : PageModel
{
    [BindProperty]
    public RegisterInput Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (Input.Password != Input.ConfirmPassword)
        {
            ModelState.AddModelError("Input.ConfirmPassword", "The two passwords do not match.");
            return Page();
        }

        var result = await mediator.Send(new RegisterUserCommand(Input.Email ?? string.Empty, Input.Password ?? string.Empty, Input.DisplayName), cancellationToken);
        if (!result.Succeeded)
        {
            ModelState.AddErrors(result);
            return Page();
        }

        if (options.Value.RequireConfirmedEmail)
        {
            TempData["Status"] = $"Almost there: we have sent a confirmation link to {AccountInput.NormalizeEmail(Input.Email)}. Open it, then sign in.";
            return RedirectToPage("/Account/Login");
        }

        await sessions.SignInAsync(result.Value);
        TempData["Status"] = "Welcome to the festival! Your account is ready.";
        return RedirectToPage("/Account/Index");
    }

    public sealed class RegisterInput
    {
        [Display(Name = "Email")]
        public string? Email { get; set; }

        [Display(Name = "Password")]
        [DataType(DataType.Password)]
        public string? Password { get; set; }

        [Display(Name = "Repeat the password")]
        [DataType(DataType.Password)]
        public string? ConfirmPassword { get; set; }

        [Display(Name = "Display name (optional)")]
        public string? DisplayName { get; set; }
    }
}
