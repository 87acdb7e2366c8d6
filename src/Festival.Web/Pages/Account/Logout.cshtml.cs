using Festival.Application.Accounts.SignIn;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Festival.Web.Pages.Account;

/// <summary>Signing out happens only on POST (with an antiforgery token), so a link or image cannot sign anyone out.</summary>
public sealed class LogoutModel(IMediator mediator) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await mediator.Send(new SignOutCommand(User.UserId(), HttpContext.ClientIp()), cancellationToken);
        return RedirectToPage("/Index");
    }
}
