using Festival.Application.Accounts.SignIn;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Festival.Web.Pages.Account;

/// <summary>What the two second-step pages (authenticator code, recovery code) answer the same way.</summary>
internal static class SecondStep
{
    public const string NoPendingMessage =
        "No sign-in is waiting for a second step in this browser, or it waited too long. Sign in with your email and password first.";

    /// <summary>Refuses with 400 when this browser has not passed the password step.</summary>
    public static async Task<bool> RequirePendingAsync(PageModel page, ISignInSessions sessions)
    {
        if (await sessions.HasPendingTwoFactorAsync())
        {
            return true;
        }

        page.Response.StatusCode = StatusCodes.Status400BadRequest;
        return false;
    }

    public static IActionResult Answer(PageModel page, SignInOutcome outcome, string? returnUrl, string wrongCode, Action<bool> setPending)
    {
        switch (outcome)
        {
            case SignInOutcome.SignedIn:
                return page.LocalRedirect(page.Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
            case SignInOutcome.NoPendingSignIn:
                setPending(false);
                page.Response.StatusCode = StatusCodes.Status400BadRequest;
                return page.Page();
            default:
                page.ModelState.AddModelError(string.Empty, outcome switch
                {
                    SignInOutcome.LockedOut => "This account is locked after too many failed sign-ins. Try again in 15 minutes.",
                    SignInOutcome.NotAllowed => "This account cannot sign in yet.",
                    _ => wrongCode,
                });
                return page.Page();
        }
    }
}
