using System.ComponentModel.DataAnnotations;
using Festival.Application.Accounts.SignIn;
using Festival.Application.Accounts.TwoFactor;
using Festival.Web.Accounts;
using Festival.Web.Forms;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Festival.Web.Pages.Account;

/// <summary>Sets up an authenticator app: a QR code and the key, confirmed by a code the app shows.</summary>
public sealed class EnableAuthenticatorModel(IMediator mediator, ISignInSessions sessions) : PageModel
{
    [BindProperty]
    public CodeInput Input { get; set; } = new();

    public AuthenticatorSetup Setup { get; private set; } = null!;

    /// <summary>The key in groups of four, easier to type than to read.</summary>
    public string FormattedKey => string.Join(' ', Setup.Key.Chunk(4).Select(c => new string(c))).ToLowerInvariant();

    public string QrCode => QrCodeImage.DataUri(Setup.Uri);

    public IReadOnlyList<string> RecoveryCodes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var status = await mediator.Send(new GetTwoFactorStatusQuery(User.RequiredUserId()), cancellationToken);
        if (status is { Enabled: true })
        {
            return RedirectToPage("/Account/Security");
        }

        return await LoadAsync(cancellationToken) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var userId = User.RequiredUserId();
        var result = await mediator.Send(new EnableTwoFactorCommand(userId, Input.Code), cancellationToken);
        if (!result.Succeeded)
        {
            ModelState.AddErrors(result);
            return await LoadAsync(cancellationToken) ? Page() : NotFound();
        }

        // Turning it on renews the security stamp, ending other sessions; this one gets a fresh cookie.
        await sessions.RefreshAsync(userId);
        RecoveryCodes = result.Value;
        return Page();
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var setup = await mediator.Send(new GetAuthenticatorSetupQuery(User.RequiredUserId()), cancellationToken);
        Setup = setup!;
        return setup is not null;
    }

    public sealed class CodeInput
    {
        [Display(Name = "Code from the app")]
        public string? Code { get; set; }
    }
}
