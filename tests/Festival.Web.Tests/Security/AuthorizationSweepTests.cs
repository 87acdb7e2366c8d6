using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Festival.Web.Tests.Security;

/// <summary>
/// Every endpoint under /Admin and /api/admin, found in the app's own endpoint data source, is refused to
/// anonymous visitors and to plain users. A page added later without protection fails here.
/// </summary>
public sealed partial class AuthorizationSweepTests
{
    private FestivalWebFactory _factory = null!;
    private string _someUserId = null!;
    private SampleSeason _season = null!;

    [OneTimeSetUp]
    public async Task StartHost()
    {
        _factory = new FestivalWebFactory();
        _someUserId = await _factory.RegisterAsync("subject@example.org");
        _season = await SampleSeason.CreateAsync(_factory.Services);
    }

    [OneTimeTearDown]
    public Task StopHost() => _factory.DisposeAsync().AsTask();

    private sealed record Target(string Method, string Url, bool IsApi);

    private Target[] AdminEndpoints() =>
        _factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Select(e => (Endpoint: e, Pattern: "/" + e.RoutePattern.RawText!.TrimStart('/')))
            .Where(e => e.Pattern.StartsWith("/Admin", StringComparison.OrdinalIgnoreCase) || e.Pattern.StartsWith("/api/admin", StringComparison.OrdinalIgnoreCase))
            .SelectMany(e => (e.Endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"])
                .Select(method => new Target(method, Url(e.Pattern), e.Pattern.StartsWith("/api", StringComparison.Ordinal))))
            .Distinct()
            .ToArray();

    /// <summary>A route parameter becomes a record that exists: a user id, or the id of a sample class, person or piece.</summary>
    private string Url(string pattern) => RouteParameter().Replace(pattern, parameter => parameter.Value.EndsWith(":int}", StringComparison.Ordinal)
        ? (pattern.StartsWith("/Admin/Classes", StringComparison.Ordinal) ? _season.Classes["2105A"]
            : pattern.StartsWith("/Admin/People", StringComparison.Ordinal) ? _season.People["Anna"]
            : _season.Pieces["Sonata"]).ToString(System.Globalization.CultureInfo.InvariantCulture)
        : _someUserId);

    private static readonly string[] FestivalPrefixes = [.. Festival.Web.DependencyInjection.FestivalStaffFolders, "/api/admin/reports"];

    private static bool IsFestival(Target target) => FestivalPrefixes.Any(p => target.Url.StartsWith(p, StringComparison.Ordinal));

    [Test]
    public void The_sweep_finds_every_admin_page_and_admin_API()
    {
        var urls = AdminEndpoints().Select(t => t.Url).ToArray();

        Assert.That(urls, Is.SupersetOf(new[] { "/Admin", "/Admin/Audit", "/Admin/Outbox", "/Admin/Users", $"/Admin/Users/{_someUserId}", "/api/admin/users", $"/api/admin/users/{_someUserId}" }));
        Assert.That(urls, Is.SupersetOf(new[]
        {
            "/Admin/Season", "/Admin/Classes", $"/Admin/Classes/{_season.Classes["2105A"]}", "/Admin/People", $"/Admin/People/{_season.People["Anna"]}",
            "/Admin/Repertoire", $"/Admin/Repertoire/{_season.Pieces["Sonata"]}",
            "/api/admin/reports/classes", "/api/admin/reports/people", "/api/admin/reports/repertoire", "/api/admin/reports/season",
        }));
    }

    [Test]
    public async Task Festival_staff_reach_every_festival_page_and_report_but_no_account_administration()
    {
        using var staff = await _factory.SignedInAsync("festival.staff.sweep@example.org", role: "FestivalStaff");
        foreach (var target in AdminEndpoints().Where(t => t.Method == "GET"))
        {
            var response = await staff.Client.GetAsync(new Uri(target.Url, UriKind.Relative));

            if (IsFestival(target))
            {
                Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), target.Url);
            }
            else if (target.Url != "/Admin")
            {
                Assert.That(response.StatusCode, Is.AnyOf(HttpStatusCode.Forbidden, HttpStatusCode.Redirect), target.Url);
                Assert.That(response.StatusCode != HttpStatusCode.Redirect || response.Headers.Location?.AbsolutePath == "/Account/AccessDenied", Is.True, target.Url);
            }
        }
    }

    [Test]
    public async Task Anonymous_visitors_are_sent_to_sign_in_and_API_callers_get_401()
    {
        using var anonymous = _factory.Session();
        foreach (var target in AdminEndpoints())
        {
            var response = await anonymous.Client.SendAsync(new HttpRequestMessage(new HttpMethod(target.Method), new Uri(target.Url, UriKind.Relative)));

            if (target.IsApi)
            {
                Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized), $"{target.Method} {target.Url}");
            }
            else
            {
                Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), $"{target.Method} {target.Url}");
                Assert.That(response.Headers.Location?.AbsolutePath, Is.EqualTo("/Account/Login"), $"{target.Method} {target.Url}");
            }
        }
    }

    [Test]
    public async Task Plain_users_are_denied_with_AccessDenied_or_403()
    {
        using var user = await _factory.SignedInAsync("plain.sweep@example.org");
        foreach (var target in AdminEndpoints())
        {
            var response = await user.Client.SendAsync(new HttpRequestMessage(new HttpMethod(target.Method), new Uri(target.Url, UriKind.Relative)));

            if (target.IsApi)
            {
                Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden), $"{target.Method} {target.Url}");
            }
            else
            {
                Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), $"{target.Method} {target.Url}");
                Assert.That(response.Headers.Location?.AbsolutePath, Is.EqualTo("/Account/AccessDenied"), $"{target.Method} {target.Url}");
            }
        }
    }

    [Test]
    public async Task Admins_reach_every_admin_endpoint()
    {
        using var admin = await _factory.SignedInAsync("sweep.admin@example.org", admin: true);
        foreach (var target in AdminEndpoints().Where(t => t.Method == "GET"))
        {
            var response = await admin.Client.GetAsync(new Uri(target.Url, UriKind.Relative));

            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), target.Url);
        }
    }

    [TestCase("/Dashboard")]
    [TestCase("/Account")]
    [TestCase("/Account/Edit")]
    [TestCase("/Account/ChangePassword")]
    public async Task Signed_in_pages_send_anonymous_visitors_to_sign_in(string url)
    {
        using var anonymous = _factory.Session();

        var response = await anonymous.GetAsync(url);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(response.Headers.Location?.AbsolutePath, Is.EqualTo("/Account/Login"));
    }

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex RouteParameter();
}
