using System.Net;
using System.Text.RegularExpressions;
using Festival.Application.Accounts.TwoFactor;
using Microsoft.Extensions.Time.Testing;

namespace Festival.Web.Tests;

/// <summary>What a person with an authenticator app does, over HTTP, on a clock the test moves.</summary>
public static partial class TwoFactorSteps
{
    /// <summary>The code the app shows now for <paramref name="key"/>.</summary>
    public static string CodeNow(this FakeTimeProvider clock, string key) => Totp.Code(key, Totp.TimeStepAt(clock.GetUtcNow()));

    /// <summary>Sets up the app from /Account/EnableAuthenticator; answers the key and the recovery codes shown once.</summary>
    public static async Task<(string Key, IReadOnlyList<string> RecoveryCodes)> EnableTwoFactorAsync(this WebSession session, FakeTimeProvider clock)
    {
        var setup = await session.GetPageAsync("/Account/EnableAuthenticator");
        var key = KeyOnPage(setup);
        var response = await session.PostFormAsync("/Account/EnableAuthenticator", new() { ["Input.Code"] = clock.CodeNow(key) });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var codes = RecoveryCodesOnPage(await response.Content.ReadAsStringAsync());
        Assert.That(codes, Has.Count.EqualTo(10), "ten recovery codes are shown");
        // The next code the test types must come from a later step: each one works once.
        clock.Advance(Totp.Step);
        return (key, codes);
    }

    /// <summary>The password step; answers where it leads (the second step's address when one is needed).</summary>
    public static async Task<string?> PasswordStepAsync(this WebSession session, string email, bool rememberMe = false)
    {
        var response = await session.PostFormAsync("/Account/Login", new()
        {
            ["Input.Email"] = email, ["Input.Password"] = FestivalWebFactory.Password, ["Input.RememberMe"] = rememberMe ? "true" : "false",
        });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), "the password is right");
        return response.Headers.Location?.OriginalString;
    }

    /// <summary>Types a code on the second step that <paramref name="secondStep"/> names.</summary>
    public static Task<HttpResponseMessage> CodeStepAsync(this WebSession session, string secondStep, string code, bool rememberBrowser = false) =>
        session.PostFormAsync(secondStep, new() { ["Input.Code"] = code, ["Input.RememberBrowser"] = rememberBrowser ? "true" : "false" });

    public static string KeyOnPage(string page)
    {
        var match = Key().Match(page);
        Assert.That(match.Success, Is.True, "the set-up page shows the key");
        return match.Groups[1].Value.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
    }

    public static IReadOnlyList<string> RecoveryCodesOnPage(string page) =>
        RecoveryCode().Matches(page).Select(m => m.Groups[1].Value.Trim()).ToArray();

    [GeneratedRegex("id=\"authenticator-key\">([^<]+)<")]
    private static partial Regex Key();

    [GeneratedRegex("<li class=\"col\">([^<]+)</li>")]
    private static partial Regex RecoveryCode();
}
