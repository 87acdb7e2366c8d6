using System.Net;

namespace Festival.Web.Tests.Pages;

public sealed class AdminPageTests
{
    private FestivalWebFactory _factory = null!;

    [OneTimeSetUp]
    public void StartHost() => _factory = new FestivalWebFactory();

    [OneTimeTearDown]
    public Task StopHost() => _factory.DisposeAsync().AsTask();

    [Test]
    public async Task The_admin_dashboard_shows_users_per_role_and_the_latest_registrations()
    {
        using var admin = await _factory.SignedInAsync("chief@example.org", admin: true);
        await _factory.RegisterAsync("newest@example.org");

        var page = await admin.GetPageAsync("/Admin");

        Assert.That(page, Does.Contain("Users per role").And.Contain("Latest registrations"));
        Assert.That(page, Does.Match(@"<td>Admin</td><td><code>admin, festival_admin</code></td><td class=""text-end"">\d+</td>"));
        var latest = page[page.IndexOf("Latest registrations", StringComparison.Ordinal)..];
        Assert.That(latest.IndexOf("newest@example.org", StringComparison.Ordinal), Is.LessThan(latest.IndexOf("chief@example.org", StringComparison.Ordinal)),
            "newest first");
    }

    [Test]
    public async Task Users_can_be_searched_by_email_and_paged()
    {
        using var admin = await _factory.SignedInAsync("searcher@example.org", admin: true);
        for (var i = 0; i < 27; i++)
        {
            await _factory.RegisterAsync($"choir{i:00}@paging.example");
        }

        var first = await admin.GetPageAsync("/Admin/Users?q=PAGING.example");
        var second = await admin.GetPageAsync("/Admin/Users?q=paging.example&p=2");

        Assert.That(first, Does.Contain("27 account(s) matching · page 1 of 2"));
        Assert.That(second, Does.Contain("page 2 of 2").And.Contain("choir00@paging.example").And.Not.Contain("choir26@paging.example"));
        Assert.That(first, Does.Contain("choir26@paging.example").And.Not.Contain(">searcher@example.org</a>"));
    }

    [Test]
    public async Task An_admin_grants_and_revokes_a_role_on_the_user_page()
    {
        using var admin = await _factory.SignedInAsync("granter@example.org", admin: true);
        var userId = await _factory.RegisterAsync("promoted@example.org");
        var url = $"/Admin/Users/{userId}";

        var granted = await admin.PostFormAsync($"{url}?handler=Grant", new() { ["role"] = "Admin" }, formUrl: url);
        var afterGrant = await admin.GetPageAsync(url);
        var revoked = await admin.PostFormAsync($"{url}?handler=Revoke", new() { ["role"] = "Admin" }, formUrl: url);
        var afterRevoke = await admin.GetPageAsync(url);

        Assert.That(granted.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(afterGrant, Does.Contain("Granted Admin.").And.Contain("aria-label=\"Revoke Admin\""));
        Assert.That(revoked.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(afterRevoke, Does.Contain("Revoked Admin.").And.Not.Contain("aria-label=\"Revoke Admin\""));
    }

    [Test]
    public async Task The_last_Admin_membership_cannot_be_revoked()
    {
        await using var lonely = new FestivalWebFactory();
        var adminId = await lonely.RegisterAsync("only.admin@example.org", admin: true);
        using var admin = lonely.Session();
        await admin.PostFormAsync("/Account/Login", new() { ["Input.Email"] = "only.admin@example.org", ["Input.Password"] = FestivalWebFactory.Password });
        var url = $"/Admin/Users/{adminId}";

        await admin.PostFormAsync($"{url}?handler=Revoke", new() { ["role"] = "Admin" }, formUrl: url);
        var page = await admin.GetPageAsync(url);

        Assert.That(page, Does.Contain("This is the last account with the Admin role").And.Contain("aria-label=\"Revoke Admin\""));
    }

    [Test]
    public async Task A_deactivated_user_is_signed_out_everywhere_cannot_sign_in_and_can_be_reactivated()
    {
        using var admin = await _factory.SignedInAsync("deactivator@example.org", admin: true);
        using var member = await _factory.SignedInAsync("leaver@example.org");
        var userId = (await _factory.Services.CreateScope().ServiceProvider.GetRequiredService<MediatR.IMediator>()
            .Send(new Application.Accounts.Users.FindAccountByEmailQuery("leaver@example.org")))!.Id;
        var url = $"/Admin/Users/{userId}";

        await admin.PostFormAsync($"{url}?handler=Deactivate", [], formUrl: url);
        var details = await admin.GetPageAsync(url);
        var memberAfter = await member.GetAsync("/Dashboard");
        using var again = _factory.Session();
        var refused = await (await again.PostFormAsync("/Account/Login", new() { ["Input.Email"] = "leaver@example.org", ["Input.Password"] = FestivalWebFactory.Password }))
            .Content.ReadAsStringAsync();
        await admin.PostFormAsync($"{url}?handler=Reactivate", [], formUrl: url);
        var back = await again.PostFormAsync("/Account/Login", new() { ["Input.Email"] = "leaver@example.org", ["Input.Password"] = FestivalWebFactory.Password });

        Assert.That(details, Does.Contain("Deactivated: the account cannot sign in").And.Contain(">Reactivate</button>"));
        Assert.That(memberAfter.Headers.Location?.AbsolutePath, Is.EqualTo("/Account/Login"), "the open session ended");
        Assert.That(refused, Does.Contain("This account has been deactivated."));
        Assert.That(back.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
    }

    [Test]
    public async Task Sign_ins_are_tracked_and_shown_on_the_profile_and_to_admins()
    {
        await _factory.RegisterAsync("tracked@example.org");
        using (var first = _factory.Session())
        {
            await first.PostFormAsync("/Account/Login", new() { ["Input.Email"] = "tracked@example.org", ["Input.Password"] = FestivalWebFactory.Password });
        }

        using var second = _factory.Session();
        await second.PostFormAsync("/Account/Login", new() { ["Input.Email"] = "tracked@example.org", ["Input.Password"] = FestivalWebFactory.Password });

        var profile = await second.GetPageAsync("/Account");

        Assert.That(profile, Does.Contain("<dd class=\"col-sm-9\" id=\"sign-in-count\">2</dd>"));
        Assert.That(profile, Does.Match("id=\"last-sign-in\">\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} UTC from "));
    }

    [Test]
    public async Task An_unknown_user_page_is_404()
    {
        using var admin = await _factory.SignedInAsync("looker@example.org", admin: true);

        var response = await admin.GetAsync("/Admin/Users/no-such-user");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("Page not found"));
    }

    [Test]
    public async Task An_admin_sees_the_Admin_link_in_the_navbar()
    {
        using var admin = await _factory.SignedInAsync("navbar.admin@example.org", admin: true);

        Assert.That(await admin.GetPageAsync("/Dashboard"), Does.Contain("href=\"/Admin\""));
    }
}
