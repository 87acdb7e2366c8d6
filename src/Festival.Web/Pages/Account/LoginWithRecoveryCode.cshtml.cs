using System.ComponentModel.DataAnnotations;
using Festival.Application.Accounts.SignIn;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Festival.Web.Pages.Account;

/// <summary>The second sign-in step with one of the recovery codes shown when two-factor was turned on; each works once.</summary>
public sealed class LoginWithRecoveryCodeModel(IMediator mediator, ISignInSessions sessions) : PageModel
{
    [BindProperty]
    public RecoveryInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public bool Pending { get; private set; } = true;

    public async Task OnGetAsync() => Pending = await SecondStep.RequirePendingAsync(this, sessions);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var outcome = await mediator.Send(new RecoveryCodeSignInCommand(Input.RecoveryCode, HttpContext.ClientIp()), cancellationToken);
        return SecondStep.Answer(this, outcome, ReturnUrl, "That recovery code is not right, or it was already used.", pending => Pending = pending);
    }

    public sealed class RecoveryInput
    {
        [Display(Name = "Recovery code")]
        public string? RecoveryCode { get; set; }
    }
}
