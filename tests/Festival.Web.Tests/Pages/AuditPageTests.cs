using System.Net;
using System.Text.RegularExpressions;
using Festival.Application.Accounts.Roles;
using MediatR;

namespace Festival.Web.Tests.Pages;

/// <summary>/Admin/Audit over HTTP, on events recorded by the real commands.</summary>
public sealed partial class AuditPageTests
{
    private FestivalWebFactory _factory = null!;

    [OneTimeSetUp]
    public void StartHost() => _factory = new FestivalWebFactory();

    [OneTimeTearDown]
    public Task StopHost() => _factory.DisposeAsync().AsTask();

    [Test]
    public async Task The_audit_trail_lists_a_registration_and_a_role_grant_newest_first()
    {
        using var admin = await _factory.SignedInAsync("auditor@example.org", admin: true);
        var userId = await _factory.RegisterAsync("audited@example.org", displayName: "<b>Bold</b> Singer");
        var userPage = $"/Admin/Users/{userId}";
        await admin.PostFormAsync($"{userPage}?handler=Grant", new() { ["role"] = "Admin" }, formUrl: userPage);

        var page = await admin.GetPageAsync("/Admin/Audit");

        var rows = Rows(page).Where(r => r.Contains("audited@example.org", StringComparison.Ordinal)).ToArray();
        Assert.That(rows, Has.Length.EqualTo(2));
        Assert.That(rows[0], Does.Contain("<td>RoleGranted</td>").And.Contain("role:</span> Admin")
            .And.Contain($"href=\"/Admin/Users/{userId}\">audited@example.org</a>")
            .And.Contain(">auditor@example.org</a>"), "the grant, newest, names the admin who acted");
        Assert.That(rows[1], Does.Contain("<td>UserRegistered</td>").And.Contain("display name:</span> &lt;b&gt;Bold&lt;/b&gt; Singer"),
            "the registration, older, with its details encoded");
        Assert.That(page, Does.Not.Contain("<b>Bold</b>"));
        Assert.That(rows[0], Does.Match("<time datetime=\"\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:[0-9.]+Z\">"));
    }

    [Test]
    public async Task The_audit_trail_filters_by_email_user_id_and_type()
    {
        using var admin = await _factory.SignedInAsync("filterer@example.org", admin: true);
        var userId = await _factory.RegisterAsync("filtered@example.org");
        await Send(new GrantRoleCommand(userId, "Admin"));
        await _factory.RegisterAsync("bystander@example.org");

        var byEmail = Rows(await admin.GetPageAsync("/Admin/Audit?user=FILTERED%40example.org"));
        var byId = Rows(await admin.GetPageAsync($"/Admin/Audit?user={userId}"));
        var byEmailAndType = Rows(await admin.GetPageAsync("/Admin/Audit?user=filtered%40example.org&type=RoleGranted"));
        var byType = Rows(await admin.GetPageAsync("/Admin/Audit?type=UserRegistered"));

        Assert.That(byEmail, Has.Length.EqualTo(2).And.All.Contain(">filtered@example.org</a>"));
        Assert.That(byId, Is.EqualTo(byEmail));
        Assert.That(byEmailAndType, Has.Length.EqualTo(1).And.All.Contain("<td>RoleGranted</td>"));
        Assert.That(byType, Has.Length.GreaterThanOrEqualTo(3).And.All.Contain("<td>UserRegistered</td>"));
        Assert.That(byType, Has.Some.Contain(">bystander@example.org</a>"));
    }

    [Test]
    public async Task The_filters_are_shown_in_the_form_and_the_type_select_offers_every_type()
    {
        using var admin = await _factory.SignedInAsync("former@example.org", admin: true);

        var page = await admin.GetPageAsync("/Admin/Audit?user=former%40example.org&type=PasswordChanged");

        Assert.That(page, Does.Contain("value=\"former@example.org\"").And.Contain("<option value=\"PasswordChanged\" selected=\"selected\">"));
        Assert.That(page, Does.Contain("<option value=\"\">any</option>").And.Contain("<label for=\"type\""));
        foreach (var type in Festival.Application.Audit.AuditEventTypes.All)
        {
            Assert.That(page, Does.Contain($"<option value=\"{type}\""));
        }
    }

    [TestCase("nobody@example.org")]
    [TestCase("no-such-user-id")]
    public async Task An_unknown_user_filter_says_no_account_was_found_and_lists_nothing(string user)
    {
        using var admin = await _factory.SignedInAsync($"seeker.{user.Length}@example.org", admin: true);

        var response = await admin.GetAsync($"/Admin/Audit?user={Uri.EscapeDataString(user)}");
        var page = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(page, Does.Contain($"No account found for {user}."));
        Assert.That(Rows(page), Is.Empty);
        Assert.That(page, Does.Contain("No audit events."));
    }

    [Test]
    public async Task The_audit_trail_pages_by_fifty()
    {
        using var admin = await _factory.SignedInAsync("pager@example.org", admin: true);
        var userId = await _factory.RegisterAsync("busy@example.org");
        for (var i = 0; i < 26; i++)
        {
            await Send(new RevokeRoleCommand(userId, "User"));
            await Send(new GrantRoleCommand(userId, "User"));
        }

        var first = await admin.GetPageAsync("/Admin/Audit?user=busy%40example.org");
        var second = await admin.GetPageAsync("/Admin/Audit?user=busy%40example.org&p=2");

        Assert.That(first, Does.Contain("53 event(s)").And.Contain("page 1 of 2"));
        Assert.That(Rows(first), Has.Length.EqualTo(50));
        Assert.That(first, Does.Contain("href=\"/Admin/Audit?user=busy@example.org&amp;p=2\""), "the Next link keeps the filter");
        Assert.That(second, Does.Contain("page 2 of 2"));
        Assert.That(Rows(second), Has.Length.EqualTo(3));
        Assert.That(Rows(second)[^1], Does.Contain("<td>UserRegistered</td>"), "the oldest event comes last");
    }

    [TestCase("0")]
    [TestCase("-5")]
    [TestCase("abc")]
    [TestCase("2147483647")]
    public async Task An_odd_page_number_shows_a_page_not_an_error(string p)
    {
        using var admin = await _factory.SignedInAsync($"odd.page.{p}@example.org", admin: true);

        var response = await admin.GetAsync($"/Admin/Audit?p={p}");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task The_admin_dashboard_the_navbar_and_a_users_page_link_to_the_audit_trail()
    {
        using var admin = await _factory.SignedInAsync("linker@example.org", admin: true);
        var userId = await _factory.RegisterAsync("linked@example.org");

        var dashboard = await admin.GetPageAsync("/Admin");
        var userPage = await admin.GetPageAsync($"/Admin/Users/{userId}");

        Assert.That(dashboard, Does.Contain("<a class=\"nav-link\" href=\"/Admin/Audit\">Audit</a>"));
        Assert.That(dashboard, Does.Contain("<a href=\"/Admin/Audit\">Audit trail</a>"));
        Assert.That(userPage, Does.Contain($"<a href=\"/Admin/Audit?user={userId}\">Audit trail for this user</a>"));
    }

    private async Task Send(IRequest<Festival.Application.Common.Result> command)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(command);
        Assert.That(result.Succeeded, Is.True, result.ToString());
    }

    /// <summary>The rows of the audit table, top to bottom, without the "no events" row.</summary>
    private static string[] Rows(string page)
    {
        var body = page[page.IndexOf("<tbody>", StringComparison.Ordinal)..page.IndexOf("</tbody>", StringComparison.Ordinal)];
        return Row().Matches(body).Select(m => m.Value).Where(r => !r.Contains("No audit events.", StringComparison.Ordinal)).ToArray();
    }

    [GeneratedRegex("<tr>.*?</tr>", RegexOptions.Singleline)]
    private static partial Regex Row();
}
