using System.Text.RegularExpressions;
using Festival.Application.Accounts.TwoFactor;
using Festival.Browser.Tests.Hosting;

namespace Festival.Browser.Tests;

/// <summary>Setting up an authenticator app and signing in with it, as a person does in the browser.</summary>
public sealed class TwoFactorTests : BrowserFixture
{
    private static string CodeAt(string key, int stepsFromNow) =>
        Totp.Code(key, Totp.TimeStepAt(DateTimeOffset.UtcNow) + stepsFromNow);

    [Test]
    public async Task An_authenticator_app_set_up_from_the_QR_code_is_asked_for_after_the_password()
    {
        await RegisterAsync(Page, "authenticator@example.org");
        await Page.GotoAsync("/Account/Security");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Set up an authenticator app" }).ClickAsync();

        var qr = Page.GetByRole(AriaRole.Img, new() { Name = "QR code holding the authenticator key" });
        await Expect(qr).ToBeVisibleAsync();
        Assert.That(await qr.EvaluateAsync<int>("img => img.naturalWidth"), Is.GreaterThan(0), "the QR code is drawn, not a broken image");
        await Screenshots.SaveAsync(Page, "enable-authenticator");
        var key = (await Page.Locator("#authenticator-key").InnerTextAsync()).Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
        await Page.GetByLabel("Code from the app").FillAsync(CodeAt(key, 0));
        await Page.GetByRole(AriaRole.Button, new() { Name = "Turn on two-factor sign-in" }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Two-factor sign-in is on" })).ToBeVisibleAsync();
        await Expect(Page.Locator("#recovery-codes li")).ToHaveCountAsync(10);
        await Page.GetByRole(AriaRole.Link, new() { Name = "Done" }).ClickAsync();
        await Expect(Page.Locator("#two-factor-state")).ToContainTextAsync("On");
        await Screenshots.SaveAsync(Page, "security-two-factor");

        await SignOutAsync(Page);
        await SignInAsync(Page, "authenticator@example.org");
        await Expect(Page).ToHaveURLAsync(new Regex(Regex.Escape(Url("/Account/LoginWith2fa"))));
        // The code of the next step: the one typed to turn it on cannot be used again.
        await Page.GetByLabel("Authenticator code").FillAsync(CodeAt(key, 1));
        await Page.GetByRole(AriaRole.Button, new() { Name = "Verify" }).ClickAsync();

        await Expect(Page).ToHaveURLAsync(Url("/Dashboard"));
    }
}
