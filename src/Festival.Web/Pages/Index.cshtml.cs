using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Festival.Web.Pages;

/// <summary>The public landing page; signed-in people go straight to where they work.</summary>
public sealed class IndexModel : PageModel
{
    public IActionResult OnGet()
    {
        if (User.Identity?.IsAuthenticated != true)
        {
            return Page();
        }

        return RedirectToPage(User.IsAdmin() ? "/Admin/Index" : "/Dashboard");
    }
}
