using System.ComponentModel.DataAnnotations;
using Festival.Application.Accounts.SignIn;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Festival.Web.Pages.Account;

/// <summary>The second sign-in step: a code from the authenticator app, for the browser that passed the password step.</summary>
public sealed class LoginWith2faModel(IMediator mediator, ISignInSessions sessions) : PageModel
{
    [BindProperty]
    public CodeInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool RememberMe { get; set; }

    /// <summary>False when no password step is waiting in this browser: the page refuses and says why.</summary>
    public bool Pending { get; private set; } = true;

    public async Task OnGetAsync() => Pending = await SecondStep.RequirePendingAsync(this, sessions);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var outcome = await mediator.Send(new TwoFactorSignInCommand(Input.Code, RememberMe, Input.RememberBrowser, HttpContext.ClientIp()), cancellationToken);
        return SecondStep.Answer(this, outcome, ReturnUrl, "The code is not right, or it was already used. Type the code your authenticator app shows now.",
            pending => Pending = pending);
    }

    public sealed class CodeInput
    {
        [Display(Name = "Authenticator code")]
        public string? Code { get; set; }

        [Display(Name = "Remember this browser")]
        public bool RememberBrowser { get; set; }
    }
}
