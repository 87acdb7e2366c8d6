using System.Net;
using Festival.Application.Accounts.TwoFactor;
using Festival.Application.Audit;
using Festival.Infrastructure.Persistence;
using Festival.Web.Cli;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace Festival.Web.Tests.Accounts;

/// <summary>
/// Two-factor sign-in over HTTP: setting up an authenticator app, the password-then-code sign-in, recovery codes,
/// remembered browsers, turning it off, and the attacks on the code step. The app's clock is a fake the tests move
/// in 30-second steps, so every code is typed in the step it belongs to.
/// </summary>
public sealed class TwoFactorTests
{
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);
    private FestivalWebFactory _app = null!;

    [OneTimeSetUp]
    public void StartApp() =>
        _app = new FestivalWebFactory(configureServices: services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(_clock)));

    [OneTimeTearDown]
    public Task StopApp() => _app.DisposeAsync().AsTask();

    private async Task<T> Db<T>(Func<FestivalDbContext, Task<T>> query)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<FestivalDbContext>());
    }

    private Task<string[]> AuditTypesAsync(string userId) =>
        Db(db => db.AuditEvents.Where(e => e.SubjectUserId == userId).OrderBy(e => e.At).Select(e => e.Type).ToArrayAsync());

    private Task<string[]> OutboxKeysAsync(string userId) =>
        Db(db => db.OutboxMessages.Select(m => m.IdempotencyKey).ToArrayAsync()).ContinueWith(t => t.Result.Where(k => k.Contains(userId, StringComparison.Ordinal)).ToArray(), TaskScheduler.Default);

    private async Task<(WebSession Session, string UserId, string Key, IReadOnlyList<string> Codes)> EnabledAsync(string email)
    {
        var session = await _app.SignedInAsync(email);
        var (key, codes) = await session.EnableTwoFactorAsync(_clock);
        var userId = (await Db(db => db.Users.SingleAsync(u => u.Email == email))).Id;
        return (session, userId, key, codes);
    }

    private static async Task<bool> SignedInAsync(WebSession session) => (await session.GetAsync("/Account")).StatusCode == HttpStatusCode.OK;

    [Test]
    public async Task The_set_up_page_shows_a_QR_code_drawn_by_the_app_and_the_key()
    {
        using var session = await _app.SignedInAsync("qr@example.org");

        var page = await session.GetPageAsync("/Account/EnableAuthenticator");

        Assert.That(page, Does.Contain("id=\"authenticator-qr\" src=\"data:image/png;base64,iVBORw0KGgo"), "a PNG made by the app, no external service");
        Assert.That(TwoFactorSteps.KeyOnPage(page), Does.Match("^[A-Z2-7]{32}$"));
        Assert.That(await session.GetPageAsync("/Account/EnableAuthenticator"), Does.Contain(page[page.IndexOf("authenticator-key", StringComparison.Ordinal)..][..60]),
            "reloading shows the same key");
    }

    [Test]
    public async Task A_wrong_confirming_code_leaves_two_factor_off()
    {
        using var session = await _app.SignedInAsync("wrong.setup@example.org");

        var response = await session.PostFormAsync("/Account/EnableAuthenticator", new() { ["Input.Code"] = "000000" }, formUrl: "/Account/EnableAuthenticator");

        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("That code is not right"));
        Assert.That(await session.GetPageAsync("/Account/Security"), Does.Contain("Signing in needs only your password"));
    }

    [Test]
    public async Task Turning_it_on_shows_ten_recovery_codes_once_is_audited_and_emails_a_notice()
    {
        var (session, userId, _, codes) = await EnabledAsync("enable@example.org");
        using var _ = session;

        var security = await session.GetPageAsync("/Account/Security");

        Assert.That(codes.Distinct().Count(), Is.EqualTo(10));
        Assert.That(security, Does.Contain("10 of 10 recovery codes unused").And.Not.Contain(codes[0]), "codes are shown only once");
        Assert.That(await AuditTypesAsync(userId), Does.Contain(AuditEventTypes.TwoFactorEnabled));
        Assert.That(await OutboxKeysAsync(userId), Has.One.StartsWith($"two-factor-enabled:{userId}:"));
    }

    [Test]
    public async Task Sign_in_asks_for_the_code_after_the_password_and_a_code_works_only_once()
    {
        var (owner, userId, key, _) = await EnabledAsync("two.steps@example.org");
        owner.Dispose();
        using var browser = _app.Session();

        var secondStep = await browser.PasswordStepAsync("two.steps@example.org");
        var notYet = await SignedInAsync(browser);
        var code = _clock.CodeNow(key);
        var signedIn = await browser.CodeStepAsync(secondStep!, code);
        using var thief = _app.Session();
        var thiefStep = await thief.PasswordStepAsync("two.steps@example.org");
        var replayed = await thief.CodeStepAsync(thiefStep!, code);

        Assert.That(secondStep, Does.StartWith("/Account/LoginWith2fa"));
        Assert.That(notYet, Is.False, "the password alone signs nobody in");
        Assert.That(signedIn.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(await SignedInAsync(browser), Is.True);
        Assert.That(await replayed.Content.ReadAsStringAsync(), Does.Contain("or it was already used"));
        Assert.That(await SignedInAsync(thief), Is.False);
        Assert.That(await AuditTypesAsync(userId), Does.Contain(AuditEventTypes.SignInFailed));
    }

    [Test]
    public async Task The_API_has_no_second_step_so_a_right_password_alone_is_refused_with_the_reason()
    {
        var (owner, _, _, _) = await EnabledAsync("api.two.factor@example.org");
        owner.Dispose();
        using var client = _app.Session();

        var response = await client.PostJsonAsync("/api/account/login", new { email = "api.two.factor@example.org", password = FestivalWebFactory.Password });
        var me = await client.GetAsync("/api/account/me");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("uses two-factor sign-in"));
        Assert.That(me.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task A_code_from_a_clock_two_steps_off_is_refused()
    {
        var (owner, _, key, _) = await EnabledAsync("skewed@example.org");
        owner.Dispose();
        using var browser = _app.Session();
        var secondStep = await browser.PasswordStepAsync("skewed@example.org");

        var stale = Totp.Code(key, Totp.TimeStepAt(_clock.GetUtcNow()) - 2);
        var early = Totp.Code(key, Totp.TimeStepAt(_clock.GetUtcNow()) + 2);
        var staleAnswer = await browser.CodeStepAsync(secondStep!, stale);
        var earlyAnswer = await browser.CodeStepAsync(secondStep!, early);

        Assert.That(await staleAnswer.Content.ReadAsStringAsync(), Does.Contain("The code is not right"));
        Assert.That(await earlyAnswer.Content.ReadAsStringAsync(), Does.Contain("The code is not right"));
        Assert.That(await SignedInAsync(browser), Is.False);
    }

    [Test]
    public async Task Wrong_codes_count_towards_lockout_so_guessing_the_code_locks_the_account()
    {
        var (owner, userId, key, _) = await EnabledAsync("guessed@example.org");
        owner.Dispose();
        using var attacker = _app.Session();
        var secondStep = await attacker.PasswordStepAsync("guessed@example.org");

        for (var i = 0; i < 5; i++)
        {
            await attacker.CodeStepAsync(secondStep!, $"00000{i}");
        }

        var rightCodeTooLate = await attacker.CodeStepAsync(secondStep!, _clock.CodeNow(key));

        Assert.That(await rightCodeTooLate.Content.ReadAsStringAsync(), Does.Contain("locked after too many failed sign-ins"));
        Assert.That(await SignedInAsync(attacker), Is.False);
        Assert.That(await AuditTypesAsync(userId), Does.Contain(AuditEventTypes.UserLockedOut));
    }

    [Test]
    public async Task A_recovery_code_signs_in_once_is_audited_and_emails_a_notice()
    {
        var (owner, userId, _, codes) = await EnabledAsync("recovery@example.org");
        owner.Dispose();
        using var browser = _app.Session();
        using var later = _app.Session();

        var secondStep = await browser.PasswordStepAsync("recovery@example.org");
        var used = await browser.PostFormAsync("/Account/LoginWithRecoveryCode", new() { ["Input.RecoveryCode"] = codes[3] });
        var laterStep = await later.PasswordStepAsync("recovery@example.org");
        var reused = await later.PostFormAsync("/Account/LoginWithRecoveryCode", new() { ["Input.RecoveryCode"] = codes[3] });

        Assert.That(secondStep, Does.StartWith("/Account/LoginWith2fa"));
        Assert.That(used.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(await browser.GetPageAsync("/Account/Security"), Does.Contain("9 of 10 recovery codes unused"));
        Assert.That(laterStep, Does.StartWith("/Account/LoginWith2fa"));
        Assert.That(await reused.Content.ReadAsStringAsync(), Does.Contain("That recovery code is not right, or it was already used"));
        Assert.That(await SignedInAsync(later), Is.False);
        Assert.That(await AuditTypesAsync(userId), Does.Contain(AuditEventTypes.RecoveryCodeUsed));
        Assert.That(await OutboxKeysAsync(userId), Has.One.StartsWith($"recovery-code-used:{userId}:"));
    }

    [Test]
    public async Task New_recovery_codes_replace_the_old_ones()
    {
        var (session, userId, _, old) = await EnabledAsync("regenerate@example.org");
        using var _ = session;

        var response = await session.PostFormAsync("/Account/Security?handler=RecoveryCodes", [], formUrl: "/Account/Security");
        var fresh = TwoFactorSteps.RecoveryCodesOnPage(await response.Content.ReadAsStringAsync());
        using var browser = _app.Session();
        await browser.PasswordStepAsync("regenerate@example.org");
        var withOld = await browser.PostFormAsync("/Account/LoginWithRecoveryCode", new() { ["Input.RecoveryCode"] = old[0] });

        Assert.That(fresh, Has.Count.EqualTo(10).And.No.AnyOf(old.ToArray()));
        Assert.That(await withOld.Content.ReadAsStringAsync(), Does.Contain("not right, or it was already used"));
        Assert.That(await AuditTypesAsync(userId), Does.Contain(AuditEventTypes.RecoveryCodesRegenerated));
    }

    [Test]
    public async Task A_remembered_browser_skips_the_code_next_time_and_another_browser_still_needs_it()
    {
        var (owner, _, key, _) = await EnabledAsync("remember@example.org");
        owner.Dispose();
        using var browser = _app.Session();
        using var other = _app.Session();

        var secondStep = await browser.PasswordStepAsync("remember@example.org");
        await browser.CodeStepAsync(secondStep!, _clock.CodeNow(key), rememberBrowser: true);
        await browser.PostFormAsync("/Account/Logout", [], formUrl: "/Account");
        var again = await browser.PasswordStepAsync("remember@example.org");
        var elsewhere = await other.PasswordStepAsync("remember@example.org");

        Assert.That(again, Is.EqualTo("/"), "signed in with the password alone");
        Assert.That(await SignedInAsync(browser), Is.True);
        Assert.That(elsewhere, Does.StartWith("/Account/LoginWith2fa"));
    }

    [Test]
    public async Task The_second_step_without_the_password_step_is_refused_with_a_clear_message()
    {
        using var stranger = _app.Session();

        var page = await stranger.GetAsync("/Account/LoginWith2fa");
        var posted = await stranger.PostFormAsync("/Account/LoginWith2fa", new() { ["Input.Code"] = "123456" }, formUrl: "/Account/Login");
        var recovery = await stranger.PostFormAsync("/Account/LoginWithRecoveryCode", new() { ["Input.RecoveryCode"] = "abcde-12345" }, formUrl: "/Account/Login");

        foreach (var answer in new[] { page, posted, recovery })
        {
            Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(await answer.Content.ReadAsStringAsync(), Does.Contain("Sign in with your email and password first"));
        }
    }

    [Test]
    public async Task Turning_it_off_needs_the_password_or_a_code_and_then_the_password_alone_signs_in()
    {
        var (session, userId, _, codes) = await EnabledAsync("disable@example.org");
        using var _ = session;

        var nothing = await session.PostFormAsync("/Account/DisableTwoFactor", new() { ["Input.Password"] = "", ["Input.Code"] = "" });
        var wrong = await session.PostFormAsync("/Account/DisableTwoFactor", new() { ["Input.Password"] = "Not-The-Password-1" });
        var right = await session.PostFormAsync("/Account/DisableTwoFactor", new() { ["Input.Code"] = codes[0] });
        using var browser = _app.Session();

        Assert.That(await nothing.Content.ReadAsStringAsync(), Does.Contain("Enter your password, or a code"));
        Assert.That(await wrong.Content.ReadAsStringAsync(), Does.Contain("two-factor sign-in is still on"));
        Assert.That(right.Headers.Location?.OriginalString, Is.EqualTo("/Account/Security"));
        Assert.That(await session.GetPageAsync("/Account/Security"), Does.Contain("Two-factor sign-in is off."), "this session continues");
        Assert.That(await browser.PasswordStepAsync("disable@example.org"), Is.EqualTo("/"));
        Assert.That(await AuditTypesAsync(userId), Does.Contain(AuditEventTypes.TwoFactorDisabled));
        Assert.That(await OutboxKeysAsync(userId), Has.One.StartsWith($"two-factor-disabled:{userId}:"));
    }

    [Test]
    public async Task An_operator_resets_two_factor_from_the_command_line_and_it_is_audited()
    {
        var (session, userId, _, _) = await EnabledAsync("lost.phone@example.org");
        session.Dispose();
        using var output = new StringWriter();
        using var error = new StringWriter();
        var cli = new FestivalCli(_app.Services, new CliConsole(TextReader.Null, output, error, inputIsTerminal: false));

        var exit = await cli.RunAsync(["users", "reset-2fa", "LOST.phone@example.org"]);
        var again = await cli.RunAsync(["users", "reset-2fa", "lost.phone@example.org"]);
        using var browser = _app.Session();

        Assert.That(exit, Is.Zero, error.ToString());
        Assert.That(output.ToString(), Does.Contain("Two-factor sign-in is off for lost.phone@example.org"));
        Assert.That(again, Is.EqualTo(1), "nothing to reset the second time");
        Assert.That(error.ToString(), Does.Contain("not on for this account"));
        Assert.That(await browser.PasswordStepAsync("lost.phone@example.org"), Is.EqualTo("/"));
        var audit = await Db(db => db.AuditEvents.SingleAsync(e => e.SubjectUserId == userId && e.Type == AuditEventTypes.TwoFactorDisabled));
        Assert.That(audit.Details, Does.Contain("\"byOperator\":true"));
    }
}
