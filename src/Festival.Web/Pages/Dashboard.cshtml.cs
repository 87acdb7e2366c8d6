using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Festival.Web.Pages;

/// <summary>Roles and permissions come from the sign-in cookie: this page needs no database query.</summary>
public sealed class DashboardModel : PageModel
{
    public IReadOnlyList<string> Roles { get; private set; } = [];

    public IReadOnlyList<string> Permissions { get; private set; } = [];

    public void OnGet()
    {
        Roles = User.Roles();
        Permissions = User.Permissions();
    }
}
