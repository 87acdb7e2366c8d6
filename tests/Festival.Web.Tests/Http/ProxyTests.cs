using System.Net;
using Festival.Web.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;

namespace Festival.Web.Tests.Http;

/// <summary>
/// Production on plain HTTP, as behind a reverse proxy that ends TLS: forwarded headers from the configured proxies
/// only, and a clear page plus one clear log line (never a 500) when the app cannot know it is on HTTPS.
/// </summary>
public sealed class ProxyTests
{
    private static readonly IPAddress Proxy = IPAddress.Parse("10.1.2.3");

    [Test]
    public async Task A_form_page_over_plain_HTTP_with_no_proxy_configured_answers_a_clear_page_and_logs_what_to_configure_once()
    {
        var log = new RecordingLoggerProvider();
        await using var factory = Production(from: Proxy, log: log);
        using var client = PlainHttpClient(factory);

        var first = await client.GetAsync(new Uri("/Account/Register", UriKind.Relative));
        var second = await client.GetAsync(new Uri("/Account/Login", UriKind.Relative));

        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await first.Content.ReadAsStringAsync(), Does.Contain("must be opened over HTTPS"));
        var lines = log.Entries.Where(e => e.Category == typeof(PlainHttpGuard).FullName).ToList();
        Assert.That(lines, Has.Count.EqualTo(1), "one line, not one per request");
        Assert.That(lines[0].Level, Is.EqualTo(LogLevel.Error));
        Assert.That(lines[0].Message, Does.Contain("Festival:Proxy:KnownProxies (or KnownNetworks) is not set"));
    }

    [Test]
    public async Task Behind_a_configured_proxy_form_pages_work_with_Secure_cookies()
    {
        await using var factory = Production(from: Proxy, settings: new() { ["Festival:Proxy:KnownProxies:0"] = Proxy.ToString() });
        using var client = PlainHttpClient(factory);
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/Account/Register", UriKind.Relative));
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-For", "203.0.113.7");

        var response = await client.SendAsync(request);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var antiforgery = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("Festival.Antiforgery=", StringComparison.Ordinal));
        Assert.That(antiforgery.ToLowerInvariant(), Does.Contain("secure"));
    }

    [Test]
    public async Task Forwarded_headers_from_an_address_that_is_not_a_configured_proxy_are_ignored()
    {
        await using var factory = Production(from: IPAddress.Parse("10.9.9.9"), settings: new() { ["Festival:Proxy:KnownNetworks:0"] = "10.1.2.0/24" });
        using var client = PlainHttpClient(factory);
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/Account/Register", UriKind.Relative));
        request.Headers.Add("X-Forwarded-Proto", "https");

        var response = await client.SendAsync(request);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    [Test]
    public async Task Rate_limits_behind_the_proxy_count_each_client_address_not_the_proxys()
    {
        await using var factory = Production(from: Proxy, settings: new()
        {
            ["Festival:Proxy:KnownProxies:0"] = Proxy.ToString(),
            ["Festival:RateLimits:RegisterPerMinute"] = "1",
        });
        using var client = PlainHttpClient(factory);

        async Task<HttpStatusCode> Register(string client_, string email)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/account/register", UriKind.Relative))
            {
                Content = System.Net.Http.Json.JsonContent.Create(new { email, password = FestivalWebFactory.Password }),
            };
            request.Headers.Add("X-Forwarded-Proto", "https");
            request.Headers.Add("X-Forwarded-For", client_);
            return (await client.SendAsync(request)).StatusCode;
        }

        Assert.That(await Register("203.0.113.7", "first@example.org"), Is.EqualTo(HttpStatusCode.Created));
        Assert.That(await Register("203.0.113.7", "second@example.org"), Is.EqualTo(HttpStatusCode.TooManyRequests));
        Assert.That(await Register("198.51.100.9", "third@example.org"), Is.EqualTo(HttpStatusCode.Created), "another client behind the same proxy");
    }

    [Test]
    public void A_proxy_setting_that_is_not_an_address_stops_the_app_naming_the_key()
    {
        using var factory = Production(from: Proxy, settings: new() { ["Festival:Proxy:KnownProxies:0"] = "nginx.local" });

        var thrown = Assert.Catch(() => factory.CreateClient());

        Assert.That(thrown!.ToString(), Does.Contain("Festival:Proxy:KnownProxies"));
    }

    private static FestivalWebFactory Production(IPAddress from, Dictionary<string, string?>? settings = null, RecordingLoggerProvider? log = null)
    {
        var all = new Dictionary<string, string?>(settings ?? []) { ["environment"] = "Production" };
        if (!all.ContainsKey("Festival:RateLimits:RegisterPerMinute"))
        {
            all["Festival:RateLimits:RegisterPerMinute"] = "100000";
        }

        return new FestivalWebFactory(settings: all, configureServices: services =>
        {
            services.AddSingleton<IStartupFilter>(new ConnectionFrom(from));
            if (log is not null)
            {
                services.AddSingleton<ILoggerProvider>(log);
            }
        });
    }

    private static HttpClient PlainHttpClient(FestivalWebFactory factory) =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("http://festival.example.org") });

    /// <summary>The test server has no socket: every request seems to come from <paramref name="address"/>, the proxy.</summary>
    private sealed class ConnectionFrom(IPAddress address) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                context.Connection.RemoteIpAddress = address;
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
