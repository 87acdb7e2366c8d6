using System.Net;
using System.Text.RegularExpressions;
using Festival.Application.Audit;
using Festival.Infrastructure.Persistence;
using Festival.Web.Accounts;
using Microsoft.EntityFrameworkCore;

namespace Festival.Web.Tests.Accounts;

/// <summary>/Account/Security lists where the account is signed in, and signs out any one browser or all others.</summary>
public sealed partial class SessionTests
{
    private const string Firefox = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0";
    private const string Chrome = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";

    private FestivalWebFactory _app = null!;

    [OneTimeSetUp]
    public void StartApp() => _app = new FestivalWebFactory();

    [OneTimeTearDown]
    public Task StopApp() => _app.DisposeAsync().AsTask();

    private async Task<WebSession> BrowserAsync(string email, string userAgent)
    {
        var session = _app.Session();
        session.Client.DefaultRequestHeaders.UserAgent.ParseAdd(userAgent);
        var response = await session.PostFormAsync("/Account/Login", new() { ["Input.Email"] = email, ["Input.Password"] = FestivalWebFactory.Password });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        return session;
    }

    private static async Task<bool> SignedInAsync(WebSession session) => (await session.GetAsync("/Account")).StatusCode == HttpStatusCode.OK;

    private static string[] RevocableSessions(string page) => RevokeForm().Matches(page).Select(m => m.Groups[1].Value).ToArray();

    private async Task<string[]> AuditTypesAsync(string userId)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<FestivalDbContext>().AuditEvents
            .Where(e => e.SubjectUserId == userId).Select(e => e.Type).ToArrayAsync();
    }

    [Test]
    public async Task The_security_page_lists_each_browser_with_its_address_and_marks_this_one()
    {
        await _app.RegisterAsync("two.browsers@example.org");
        using var laptop = await BrowserAsync("two.browsers@example.org", Firefox);
        using var desktop = await BrowserAsync("two.browsers@example.org", Chrome);

        var page = await laptop.GetPageAsync("/Account/Security");

        Assert.That(Regex.Matches(page, "<tr class=\"session"), Has.Count.EqualTo(2));
        Assert.That(page, Does.Contain("Firefox on Windows").And.Contain("Chrome on Linux"));
        Assert.That(Regex.Matches(page, "This browser"), Has.Count.EqualTo(1));
        Assert.That(RevocableSessions(page), Has.Length.EqualTo(1), "this browser signs out with Sign out, not from the list");
    }

    [Test]
    public async Task Signing_out_another_browser_ends_it_on_its_next_request_and_is_audited_with_a_notice()
    {
        var userId = await _app.RegisterAsync("lost.laptop@example.org");
        using var phone = await BrowserAsync("lost.laptop@example.org", Firefox);
        using var laptop = await BrowserAsync("lost.laptop@example.org", Chrome);
        var other = RevocableSessions(await phone.GetPageAsync("/Account/Security")).Single();

        var response = await phone.PostFormAsync($"/Account/Security?handler=Revoke&sessionId={other}", [], formUrl: "/Account/Security");

        Assert.That(response.Headers.Location?.OriginalString, Is.EqualTo("/Account/Security"));
        Assert.That(await phone.GetPageAsync("/Account/Security"), Does.Contain("That browser is signed out."));
        Assert.That(await SignedInAsync(laptop), Is.False);
        Assert.That(await SignedInAsync(phone), Is.True);
        Assert.That(await AuditTypesAsync(userId), Does.Contain(AuditEventTypes.SessionRevoked));
        await using var scope = _app.Services.CreateAsyncScope();
        Assert.That(await scope.ServiceProvider.GetRequiredService<FestivalDbContext>().OutboxMessages
            .CountAsync(m => m.IdempotencyKey.StartsWith("session-revoked:" + userId)), Is.EqualTo(1));
    }

    [Test]
    public async Task Signing_out_everywhere_else_keeps_only_this_browser()
    {
        await _app.RegisterAsync("everywhere@example.org");
        using var kept = await BrowserAsync("everywhere@example.org", Firefox);
        using var second = await BrowserAsync("everywhere@example.org", Chrome);
        using var third = await BrowserAsync("everywhere@example.org", Chrome);

        await kept.PostFormAsync("/Account/Security?handler=RevokeOthers", [], formUrl: "/Account/Security");
        var page = await kept.GetPageAsync("/Account/Security");

        Assert.That(await SignedInAsync(second), Is.False);
        Assert.That(await SignedInAsync(third), Is.False);
        Assert.That(await SignedInAsync(kept), Is.True);
        Assert.That(Regex.Matches(page, "<tr class=\"session"), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Signing_out_removes_the_browser_from_the_list()
    {
        await _app.RegisterAsync("signing.out@example.org");
        using var staying = await BrowserAsync("signing.out@example.org", Firefox);
        using var leaving = await BrowserAsync("signing.out@example.org", Chrome);

        await leaving.PostFormAsync("/Account/Logout", [], formUrl: "/Account");

        Assert.That(await staying.GetPageAsync("/Account/Security"), Does.Not.Contain("Chrome on Linux"));
    }

    [Test]
    public async Task A_session_of_another_account_cannot_be_signed_out()
    {
        await _app.RegisterAsync("victim@example.org");
        await _app.RegisterAsync("meddler@example.org");
        using var victim = await BrowserAsync("victim@example.org", Firefox);
        using var victimElsewhere = await BrowserAsync("victim@example.org", Chrome);
        using var meddler = await BrowserAsync("meddler@example.org", Chrome);
        var victimsOther = RevocableSessions(await victim.GetPageAsync("/Account/Security")).Single();

        await meddler.PostFormAsync($"/Account/Security?handler=Revoke&sessionId={victimsOther}", [], formUrl: "/Account/Security");

        Assert.That(await meddler.GetPageAsync("/Account/Security"), Does.Contain("That session has already ended."));
        Assert.That(await SignedInAsync(victimElsewhere), Is.True);
    }

    [Test]
    public async Task A_password_change_drops_the_other_browsers_from_the_list_and_keeps_this_one()
    {
        await _app.RegisterAsync("new.password@example.org");
        using var here = await BrowserAsync("new.password@example.org", Firefox);
        using var there = await BrowserAsync("new.password@example.org", Chrome);

        await here.PostFormAsync("/Account/ChangePassword", new()
        {
            ["Input.CurrentPassword"] = FestivalWebFactory.Password, ["Input.NewPassword"] = "Festival-2027", ["Input.ConfirmNewPassword"] = "Festival-2027",
        });
        var page = await here.GetPageAsync("/Account/Security");

        Assert.That(Regex.Matches(page, "<tr class=\"session"), Has.Count.EqualTo(1));
        Assert.That(page, Does.Contain("This browser").And.Contain("Firefox on Windows"));
        Assert.That(await SignedInAsync(there), Is.False);
    }

    [TestCase(Firefox, "Firefox on Windows")]
    [TestCase(Chrome, "Chrome on Linux")]
    [TestCase("Mozilla/5.0 (Macintosh; Intel Mac OS X 14_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15", "Safari on macOS")]
    [TestCase("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0", "Edge on Windows")]
    [TestCase("Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1", "Safari on iPhone")]
    [TestCase("curl/8.5.0", "Unknown browser")]
    [TestCase("", "Unknown browser")]
    public void A_browser_is_described_from_its_User_Agent(string userAgent, string expected) =>
        Assert.That(BrowserDescription.Describe(userAgent), Is.EqualTo(expected));

    [GeneratedRegex("sessionId=([0-9a-f]{32})")]
    private static partial Regex RevokeForm();
}
