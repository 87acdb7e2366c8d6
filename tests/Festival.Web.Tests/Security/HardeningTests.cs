using System.Net;

namespace Festival.Web.Tests.Security;

public sealed class HardeningTests
{
    [Test]
    public async Task Pages_carry_a_CSP_without_inline_script_and_the_other_security_headers()
    {
        await using var factory = new FestivalWebFactory();
        using var session = factory.Session();

        // HSTS is never sent to localhost, so ask as the public host name would.
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/Account/Register", UriKind.Relative));
        request.Headers.Host = "festival.example.org";
        var response = await session.Client.SendAsync(request);
        var headers = response.Headers;

        var csp = headers.GetValues("Content-Security-Policy").Single();
        Assert.That(csp, Does.Contain("script-src 'self'").And.Contain("frame-ancestors 'none'").And.Not.Contain("unsafe-inline"));
        Assert.That(headers.GetValues("X-Content-Type-Options").Single(), Is.EqualTo("nosniff"));
        Assert.That(headers.GetValues("Referrer-Policy").Single(), Is.EqualTo("strict-origin-when-cross-origin"));
        Assert.That(headers.GetValues("Strict-Transport-Security").Single(), Does.StartWith("max-age="));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Not.Match("<script>(?!</script>)|<script(?![^>]*src=)[^>]*>"), "no inline script");
    }

    [Test]
    public async Task Pages_use_only_assets_served_by_Festival_itself()
    {
        await using var factory = new FestivalWebFactory();
        using var session = factory.Session();

        var page = await session.GetPageAsync("/");

        Assert.That(page, Does.Contain("/lib/bootstrap/bootstrap.min.css").And.Contain("/lib/bootstrap/bootstrap.bundle.min.js"));
        Assert.That(page, Does.Not.Match("(src|href)=\"(https?:)?//"), "no third-party origins");
        Assert.That((await session.GetAsync("/lib/bootstrap/bootstrap.min.css")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task The_sign_in_cookie_is_HttpOnly_SameSite_Lax_and_Secure()
    {
        await using var factory = new FestivalWebFactory();
        await factory.RegisterAsync("cookie@example.org");
        using var session = factory.Session();

        var response = await session.PostFormAsync("/Account/Login", new() { ["Input.Email"] = "cookie@example.org", ["Input.Password"] = FestivalWebFactory.Password });

        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("Festival.Auth=", StringComparison.Ordinal)).ToLowerInvariant();
        Assert.That(cookie, Does.Contain("httponly").And.Contain("samesite=lax").And.Contain("secure"));
    }

    [Test]
    public async Task Plain_HTTP_is_redirected_to_HTTPS_outside_Development()
    {
        await using var factory = new FestivalWebFactory(settings: new Dictionary<string, string?> { ["https_port"] = "443" });
        using var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.GetAsync(new Uri("/Account/Login", UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.TemporaryRedirect));
        Assert.That(response.Headers.Location?.Scheme, Is.EqualTo("https"));
    }

    [Test]
    public async Task A_session_survives_a_restart_and_a_second_instance_because_keys_live_in_the_database()
    {
        using var database = new TestDatabase();
        var first = new FestivalWebFactory(database);
        await first.RegisterAsync("durable@example.org");
        var authCookie = await CaptureAuthCookie(first, "durable@example.org");
        await first.DisposeAsync();

        await using var second = new FestivalWebFactory(database);
        using var client = second.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/account/me", UriKind.Relative));
        request.Headers.Add("Cookie", authCookie);

        var response = await client.SendAsync(request);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the second instance reads the first one's cookie");
    }

    private static async Task<string> CaptureAuthCookie(FestivalWebFactory factory, string email)
    {
        using var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), HandleCookies = false });
        var response = await client.PostAsync(new Uri("/api/account/login", UriKind.Relative),
            System.Net.Http.Json.JsonContent.Create(new { email, password = FestivalWebFactory.Password }));
        var setCookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("Festival.Auth=", StringComparison.Ordinal));
        return setCookie.Split(';')[0];
    }
}
