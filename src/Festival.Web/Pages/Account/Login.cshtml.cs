using System.ComponentModel.DataAnnotations;
using Festival.Application.Accounts.Passkeys;
using Festival.Application.Accounts.SignIn;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Festival.Web.Pages.Account;

public sealed class LoginModel(IMediator mediator) : PageModel
{
    [BindProperty]
    public LoginInput Input { get; set; } = new();

    /// <summary>Where to go after signing in; honoured only when it is a path on this site.</summary>
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) =>
        Answer(await mediator.Send(new SignInCommand(Input.Email, Input.Password, Input.RememberMe, HttpContext.ClientIp()), cancellationToken));

    /// <summary>The options for <c>navigator.credentials.get()</c>; this browser keeps the challenge for the answer.</summary>
    public async Task<IActionResult> OnPostPasskeyOptionsAsync(CancellationToken cancellationToken) =>
        Content(await mediator.Send(new GetPasskeyRequestOptionsQuery(), cancellationToken), "application/json");

    public async Task<IActionResult> OnPostPasskeyAsync(string? credentialJson, CancellationToken cancellationToken)
    {
        var outcome = await mediator.Send(new PasskeySignInCommand(credentialJson, HttpContext.ClientIp()), cancellationToken);
        if (outcome == SignInOutcome.Failed)
        {
            ModelState.AddModelError(string.Empty, "That passkey could not sign you in. It may have been removed from your account; sign in with your password.");
            return Page();
        }

        return Answer(outcome);
    }

    private IActionResult Answer(SignInOutcome outcome)
    {
        if (outcome == SignInOutcome.SignedIn)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
        }

        if (outcome == SignInOutcome.RequiresTwoFactor)
        {
            return RedirectToPage("/Account/LoginWith2fa", new { ReturnUrl, Input.RememberMe });
        }

        ModelState.AddModelError(string.Empty, outcome switch
        {
            SignInOutcome.LockedOut => "This account is locked after too many failed sign-ins. Try again in 15 minutes.",
            SignInOutcome.NotAllowed => "This account cannot sign in yet.",
            SignInOutcome.EmailNotConfirmed => "Confirm your email address first: open the link we emailed you, or ask for a new one below.",
            SignInOutcome.Deactivated => "This account has been deactivated. Contact the festival office to have it reactivated.",
            _ => "The email or password is not correct.",
        });
        return Page();
    }

    public sealed class LoginInput
    {
        [Display(Name = "Email")]
        public string? Email { get; set; }

        [Display(Name = "Password")]
        [DataType(DataType.Password)]
        public string? Password { get; set; }

        [Display(Name = "Keep me signed in on this device")]
        public bool RememberMe { get; set; }
    }
}
