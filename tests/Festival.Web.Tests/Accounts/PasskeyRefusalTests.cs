using System.Buffers.Text;
using System.Net;
using System.Text;
using System.Text.Json;

namespace Festival.Web.Tests.Accounts;

/// <summary>
/// What a forged or misplaced passkey answer gets over HTTP. The ceremonies themselves run in Chromium with a
/// virtual authenticator (Festival.Browser.Tests/PasskeyTests).
/// </summary>
public sealed class PasskeyRefusalTests
{
    private FestivalWebFactory _app = null!;

    [OneTimeSetUp]
    public void StartApp() => _app = new FestivalWebFactory();

    [OneTimeTearDown]
    public Task StopApp() => _app.DisposeAsync().AsTask();

    /// <summary>An assertion naming <paramref name="userId"/> as its account, signed by nobody.</summary>
    private static string ForgedAssertion(string userId) => JsonSerializer.Serialize(new
    {
        id = "AAAA",
        rawId = "AAAA",
        type = "public-key",
        response = new
        {
            clientDataJSON = Base64Url.EncodeToString("""{"type":"webauthn.get","challenge":"AAAA","origin":"https://evil.example"}"""u8),
            authenticatorData = "AAAA",
            signature = "AAAA",
            userHandle = Base64Url.EncodeToString(Encoding.UTF8.GetBytes(userId)),
        },
        clientExtensionResults = new { },
    });

    [Test]
    public async Task The_sign_in_options_name_this_site_and_carry_a_fresh_challenge()
    {
        using var visitor = _app.Session();

        var first = await visitor.PostFormAsync("/Account/Login?handler=PasskeyOptions", [], formUrl: "/Account/Login");
        var second = await visitor.PostFormAsync("/Account/Login?handler=PasskeyOptions", [], formUrl: "/Account/Login");
        using var one = JsonDocument.Parse(await first.Content.ReadAsStringAsync());
        using var two = JsonDocument.Parse(await second.Content.ReadAsStringAsync());

        Assert.That(first.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/json"));
        Assert.That(one.RootElement.GetProperty("rpId").GetString(), Is.EqualTo("localhost"));
        Assert.That(one.RootElement.GetProperty("challenge").GetString(), Is.Not.EqualTo(two.RootElement.GetProperty("challenge").GetString()));
    }

    [Test]
    public async Task A_forged_assertion_naming_another_account_from_another_origin_signs_nobody_in()
    {
        var victimId = await _app.RegisterAsync("passkey.victim@example.org");
        using var attacker = _app.Session();
        await attacker.PostFormAsync("/Account/Login?handler=PasskeyOptions", [], formUrl: "/Account/Login");

        var response = await attacker.PostFormAsync("/Account/Login?handler=Passkey", new() { ["CredentialJson"] = ForgedAssertion(victimId) });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("That passkey could not sign you in"));
        Assert.That((await attacker.GetAsync("/Account")).StatusCode, Is.EqualTo(HttpStatusCode.Redirect), "not signed in");
    }

    [TestCase("")]
    [TestCase("not json")]
    [TestCase("{}")]
    public async Task A_broken_passkey_answer_is_refused_with_the_same_message(string credentialJson)
    {
        using var visitor = _app.Session();

        var response = await visitor.PostFormAsync("/Account/Login?handler=Passkey", new() { ["CredentialJson"] = credentialJson });

        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("That passkey could not sign you in"));
    }

    [Test]
    public async Task A_made_up_attestation_adds_no_passkey_and_says_why()
    {
        using var owner = await _app.SignedInAsync("no.fake.passkey@example.org");
        await owner.PostFormAsync("/Account/Security?handler=PasskeyOptions", [], formUrl: "/Account/Security");

        var response = await owner.PostFormAsync("/Account/Security?handler=AddPasskey",
            new() { ["CredentialJson"] = """{"id":"AAAA","rawId":"AAAA","type":"public-key","response":{}}""", ["passkeyName"] = "Fake" },
            formUrl: "/Account/Security");
        var page = await owner.GetPageAsync("/Account/Security");

        Assert.That(response.Headers.Location?.OriginalString, Is.EqualTo("/Account/Security"));
        Assert.That(page, Does.Contain("That passkey could not be added"));
        Assert.That(page, Does.Not.Contain("id=\"passkey-list\""));
    }

    [Test]
    public async Task A_passkey_needs_a_name()
    {
        using var owner = await _app.SignedInAsync("unnamed.passkey@example.org");

        await owner.PostFormAsync("/Account/Security?handler=AddPasskey", new() { ["CredentialJson"] = "{}", ["passkeyName"] = " " }, formUrl: "/Account/Security");

        Assert.That(await owner.GetPageAsync("/Account/Security"), Does.Contain("Give the passkey a name"));
    }
}
