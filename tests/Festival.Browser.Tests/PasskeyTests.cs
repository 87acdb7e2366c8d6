using System.Text.RegularExpressions;
using Festival.Browser.Tests.Hosting;

namespace Festival.Browser.Tests;

/// <summary>
/// Passkeys in Chromium, with a virtual authenticator (Chrome DevTools Protocol's WebAuthn domain) standing in for a
/// phone or a security key. WebAuthn needs a domain name, not an IP address, so these visitors use https://localhost.
/// </summary>
public sealed class PasskeyTests : BrowserFixture
{
    private Uri Localhost => new UriBuilder(Address) { Host = "localhost" }.Uri;

    private string At(string path) => new Uri(Localhost, path).ToString();

    /// <summary>A visitor whose browser has a platform authenticator that verifies the user (as a fingerprint would).</summary>
    private async Task<IPage> VisitorWithAuthenticatorAsync()
    {
        var page = await NewVisitorAsync(Localhost);
        var devTools = await page.Context.NewCDPSessionAsync(page);
        await devTools.SendAsync("WebAuthn.enable");
        await devTools.SendAsync("WebAuthn.addVirtualAuthenticator", new Dictionary<string, object>
        {
            ["options"] = new Dictionary<string, object>
            {
                ["protocol"] = "ctap2",
                ["transport"] = "internal",
                ["hasResidentKey"] = true,
                ["hasUserVerification"] = true,
                ["isUserVerified"] = true,
                ["automaticPresenceSimulation"] = true,
            },
        });
        return page;
    }

    private static async Task AddPasskeyAsync(IPage page, string name)
    {
        await page.GotoAsync("/Account/Security");
        await page.GetByLabel("Passkey name").FillAsync(name);
        await page.GetByRole(AriaRole.Button, new() { Name = "Add a passkey" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"Passkey \"{name}\" added");
    }

    private static async Task SignInWithPasskeyAsync(IPage page)
    {
        await page.GotoAsync("/Account/Login");
        await page.GetByRole(AriaRole.Button, new() { Name = "Use a passkey instead" }).ClickAsync();
    }

    [Test]
    public async Task A_named_passkey_made_on_the_security_page_signs_in_without_the_password()
    {
        var page = await VisitorWithAuthenticatorAsync();
        await page.GotoAsync("/Account/Register");
        await page.GetByLabel("Email").FillAsync("passkey.user@example.org");
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(Password);
        await page.GetByLabel("Repeat the password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(At("/Account"));

        await AddPasskeyAsync(page, "Laptop");

        await Expect(page.Locator("#passkey-list .passkey-name")).ToHaveTextAsync(["Laptop"]);
        await Expect(page.Locator("tr.session")).ToHaveCountAsync(1);
        await Screenshots.SaveAsync(page, "security");

        await SignOutAsync(page);
        await SignInWithPasskeyAsync(page);
        await Expect(page).ToHaveURLAsync(At("/Dashboard"));
        await Expect(Navbar(page)).ToContainTextAsync("passkey.user@example.org");
    }

    [Test]
    public async Task A_removed_passkey_no_longer_signs_in_even_though_the_authenticator_still_holds_it()
    {
        var page = await VisitorWithAuthenticatorAsync();
        await page.GotoAsync("/Account/Register");
        await page.GetByLabel("Email").FillAsync("removed.passkey@example.org");
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(Password);
        await page.GetByLabel("Repeat the password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
        await AddPasskeyAsync(page, "Old phone");

        await page.GetByRole(AriaRole.Button, new() { Name = "Remove Old phone" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("The passkey was removed.");
        await Expect(page.Locator("#passkey-list")).ToHaveCountAsync(0);
        await SignOutAsync(page);
        await SignInWithPasskeyAsync(page);

        await Expect(page.GetByRole(AriaRole.Alert).First).ToContainTextAsync("That passkey could not sign you in");
        await Expect(page).ToHaveURLAsync(new Regex("/Account/Login"));
        await page.GotoAsync("/Account");
        await Expect(page).ToHaveURLAsync(new Regex("/Account/Login"));
    }
}
