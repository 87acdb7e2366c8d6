using Festival.Web.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Festival.Web.Pages.Account;

/// <summary>Signing out happens only on POST (with an antiforgery token), so a link or image cannot sign anyone out.</summary>
public sealed class LogoutModel(AccountSessions sessions) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await sessions.SignOutAsync();
        return RedirectToPage("/Index");
    }
}
