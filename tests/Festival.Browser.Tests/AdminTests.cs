using System.Text.RegularExpressions;
using Festival.Browser.Tests.Hosting;

namespace Festival.Browser.Tests;

/// <summary>The first admin is made with the command line; from then on, admins manage roles in the browser.</summary>
public sealed class AdminTests : BrowserFixture
{
    private const string AdminEmail = "director@example.org";

    [OneTimeSetUp]
    public Task MakeTheFirstAdminWithTheCommandLine() => CreateAdminWithTheCommandLineAsync(AdminEmail, "Festival director");

    [Test]
    public async Task An_admin_made_with_the_command_line_grants_Admin_to_another_user_who_then_reaches_the_admin_pages()
    {
        var grace = await NewVisitorAsync();
        await RegisterAsync(grace, "grace@example.org", "Grace Hopper");
        await grace.GotoAsync("/Admin");
        await Expect(grace).ToHaveURLAsync(new Regex(Regex.Escape(Url("/Account/AccessDenied"))));

        await SignInAsync(Page, AdminEmail);
        await Expect(Page).ToHaveURLAsync(Url("/Admin"));
        await Expect(Page.Locator("#role-counts")).ToContainTextAsync("Admin");
        await Screenshots.SaveAsync(Page, "admin");

        await Navbar(Page).GetByRole(AriaRole.Link, new() { Name = "Users", Exact = true }).ClickAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "grace@example.org" }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex(Regex.Escape(Url("/Admin/Users/")) + "[^/]+$"));
        await Expect(Page.Locator("#held-roles li")).ToHaveTextAsync([new Regex("^\\s*User\\s*Revoke\\s*$")]);
        await Page.Locator("select#grant-role").SelectOptionAsync("Admin");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Grant", Exact = true }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Granted Admin.");
        await Expect(Page.Locator("#held-roles li > span")).ToHaveTextAsync(["Admin", "User"]);
        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Revoke Admin" })).ToBeVisibleAsync();
        await Screenshots.SaveAsync(Page, "admin-user-details");

        // A new sign-in carries the new role at once (an open session picks it up within a minute).
        await SignOutAsync(grace);
        await SignInAsync(grace, "grace@example.org");
        await Expect(grace).ToHaveURLAsync(Url("/Admin"));
        await Expect(grace.GetByRole(AriaRole.Heading, new() { Name = "Admin", Level = 1 })).ToBeVisibleAsync();
        await Expect(Navbar(grace).GetByRole(AriaRole.Link, new() { Name = "Admin", Exact = true })).ToBeVisibleAsync();
    }

    [Test]
    public async Task The_navbar_shows_the_Admin_link_to_admins_and_not_to_plain_users()
    {
        var user = await NewVisitorAsync();
        await RegisterAsync(user, "henry@example.org");
        await SignInAsync(Page, AdminEmail);
        await Expect(Page).ToHaveURLAsync(Url("/Admin"));

        var adminLink = new LocatorGetByRoleOptions { Name = "Admin", Exact = true };
        await Expect(Navbar(Page).GetByRole(AriaRole.Link, adminLink)).ToBeVisibleAsync();
        await Expect(Navbar(user).GetByRole(AriaRole.Link, new() { Name = "Dashboard" })).ToBeVisibleAsync();
        await Expect(Navbar(user).GetByRole(AriaRole.Link, adminLink)).ToHaveCountAsync(0);
        await Expect(Navbar(user).GetByRole(AriaRole.Link, new() { Name = "Users", Exact = true })).ToHaveCountAsync(0);
    }
}
