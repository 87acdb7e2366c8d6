using System.Net;
using System.Text.RegularExpressions;
using Festival.Testing.Smtp;
using MimeKit;

namespace Festival.Web.Tests.Accounts;

/// <summary>
/// Confirmation and reset links, end to end: the app sends real email over SMTP (MailKit to a listener in this
/// process), the test reads the link out of the message and follows it like a person would.
/// </summary>
public sealed partial class AccountLifecycleTests
{
    private TestSmtpServer _smtp = null!;

    [SetUp]
    public void StartMailServer() => _smtp = new TestSmtpServer();

    [TearDown]
    public Task StopMailServer() => _smtp.DisposeAsync().AsTask();

    private FestivalWebFactory App(bool requireConfirmedEmail = false, string linkLifetime = "03:00:00") => new(settings: new Dictionary<string, string?>
    {
        ["Festival:Email:Delivery"] = "Smtp",
        ["Festival:Email:Host"] = _smtp.Host,
        ["Festival:Email:Port"] = _smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Festival:Email:Security"] = "None",
        ["Festival:Outbox:PollInterval"] = "00:00:00.200",
        ["Festival:Accounts:PublicBaseUrl"] = "https://localhost/",
        ["Festival:Accounts:RequireConfirmedEmail"] = requireConfirmedEmail ? "true" : "false",
        ["Festival:Accounts:LinkLifetime"] = linkLifetime,
    });

    private async Task<MimeMessage> MailAsync(string to, string subject)
    {
        MimeMessage? found = null;
        await Wait.UntilAsync(() =>
        {
            found = _smtp.Received.Select(m => m.Parse())
                .FirstOrDefault(m => m.Subject == subject && m.To.Mailboxes.Any(x => x.Address == to));
            return Task.FromResult(found is not null);
        }, $"an email '{subject}' to {to}");
        return found!;
    }

    private static string LinkIn(MimeMessage message) =>
        new Uri(Link().Match(message.TextBody ?? string.Empty).Value).PathAndQuery;

    [Test]
    public async Task With_confirmation_required_sign_in_waits_until_the_link_in_the_email_is_opened()
    {
        await using var app = App(requireConfirmedEmail: true);
        using var visitor = app.Session();

        var registered = await visitor.PostFormAsync("/Account/Register", new()
        {
            ["Input.Email"] = "confirm.me@example.org", ["Input.Password"] = FestivalWebFactory.Password, ["Input.ConfirmPassword"] = FestivalWebFactory.Password,
        });
        var refused = await visitor.PostFormAsync("/Account/Login", new() { ["Input.Email"] = "confirm.me@example.org", ["Input.Password"] = FestivalWebFactory.Password });
        var link = LinkIn(await MailAsync("confirm.me@example.org", "Confirm your email for Festival"));
        var confirmed = await visitor.GetPageAsync(link);
        var signedIn = await visitor.PostFormAsync("/Account/Login", new() { ["Input.Email"] = "confirm.me@example.org", ["Input.Password"] = FestivalWebFactory.Password });

        Assert.That(registered.Headers.Location?.OriginalString, Is.EqualTo("/Account/Login"), "not signed in before confirming");
        Assert.That(await refused.Content.ReadAsStringAsync(), Does.Contain("Confirm your email address first"));
        Assert.That(confirmed, Does.Contain("your email address is confirmed"));
        Assert.That(signedIn.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
    }

    [Test]
    public async Task A_confirmation_link_with_a_forged_token_is_refused_with_a_clear_page()
    {
        await using var app = App(requireConfirmedEmail: true);
        var userId = await app.RegisterAsync("forger@example.org");
        using var visitor = app.Session();

        var page = await visitor.GetPageAsync($"/Account/ConfirmEmail?userId={userId}&token=not-a-token");

        Assert.That(page, Does.Contain("This link is not valid any more"));
    }

    [Test]
    public async Task A_reset_link_works_once_then_never_again_and_the_owner_is_told()
    {
        await using var app = App();
        await app.RegisterAsync("forgetful@example.org");
        using var visitor = app.Session();

        var known = await (await visitor.PostFormAsync("/Account/ForgotPassword", new() { ["Email"] = "forgetful@example.org" })).Content.ReadAsStringAsync();
        var unknown = await (await visitor.PostFormAsync("/Account/ForgotPassword", new() { ["Email"] = "stranger@example.org" })).Content.ReadAsStringAsync();
        var link = LinkIn(await MailAsync("forgetful@example.org", "Reset your Festival password"));
        var form = await visitor.GetPageAsync(link);
        var fields = new Dictionary<string, string> { ["Input.NewPassword"] = "Remembered-2026", ["Input.ConfirmNewPassword"] = "Remembered-2026" };
        var reset = await visitor.PostFormAsync(link, fields, formUrl: link);
        var again = await visitor.Client.GetStringAsync(new Uri(link, UriKind.Relative));
        await MailAsync("forgetful@example.org", "Your Festival password was changed");
        var signIn = await visitor.PostFormAsync("/Account/Login", new() { ["Input.Email"] = "forgetful@example.org", ["Input.Password"] = "Remembered-2026" });

        Assert.That(Visible(known), Is.EqualTo(Visible(unknown)), "the same answer whether or not the account exists");
        Assert.That(_smtp.Received.Select(m => m.Parse()).Any(m => m.To.Mailboxes.Any(x => x.Address == "stranger@example.org")), Is.False);
        Assert.That(form, Does.Contain("Set the new password"));
        Assert.That(reset.Headers.Location?.OriginalString, Is.EqualTo("/Account/Login"));
        Assert.That(again, Does.Contain("This link is not valid any more"));
        Assert.That(signIn.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
    }

    [Test]
    public async Task An_expired_reset_link_is_refused_with_a_clear_page()
    {
        await using var app = App(linkLifetime: "00:00:01");
        await app.RegisterAsync("slow.reader@example.org");
        using var visitor = app.Session();
        await visitor.PostFormAsync("/Account/ForgotPassword", new() { ["Email"] = "slow.reader@example.org" });
        var link = LinkIn(await MailAsync("slow.reader@example.org", "Reset your Festival password"));

        // The link lives one second: wait for it to die rather than sleeping a fixed time.
        await Wait.UntilAsync(async () => (await visitor.Client.GetStringAsync(new Uri(link, UriKind.Relative))).Contains("This link is not valid any more", StringComparison.Ordinal),
            "the link to expire");
        var posted = await visitor.PostFormWithoutPageAsync(link, new() { ["Input.NewPassword"] = "Too-Late-2026", ["Input.ConfirmNewPassword"] = "Too-Late-2026" });

        Assert.That(posted.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest).Or.EqualTo(HttpStatusCode.OK), "no token or a refused link, never a change");
        using var fresh = app.Session();
        var oldStillWorks = await fresh.PostFormAsync("/Account/Login", new() { ["Input.Email"] = "slow.reader@example.org", ["Input.Password"] = FestivalWebFactory.Password });
        Assert.That(oldStillWorks.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), "the password did not change");
    }

    /// <summary>The page text without the per-request antiforgery token.</summary>
    private static string Visible(string page) => Regex.Replace(page, "value=\"CfDJ8[^\"]*\"", string.Empty);

    [GeneratedRegex(@"https://localhost/Account/\S+")]
    private static partial Regex Link();
}
