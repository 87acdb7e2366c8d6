using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Festival.Domain.Accounts;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Festival.Web.Tests.Imports;

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
    private Guid _importId;
    private ResultsSample _results = null!;

    [OneTimeSetUp]
    public async Task StartHost()
    {
        _factory = new FestivalWebFactory();
        _someUserId = await _factory.RegisterAsync("subject@example.org");
        _season = await SampleSeason.CreateAsync(_factory.Services);
        _importId = await StagedImportAsync(_factory);
        await InvoiceAsync(_factory, _someUserId, _season);
        _results = await SessionsAsync(_factory, _season);
    }

    /// <summary>The invoice the sweep's invoice routes find (number <see cref="InvoiceNumber"/> of the sample season).</summary>
    private const int InvoiceNumber = 1;

    private static async Task InvoiceAsync(FestivalWebFactory app, string payerUserId, SampleSeason season)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Festival.Infrastructure.Persistence.FestivalDbContext>();
        db.Invoices.Add(new Festival.Domain.Invoices.Invoice(season.SeasonId, payerUserId, InvoiceNumber, SampleSeason.At));
        await db.SaveChangesAsync();
    }

    [OneTimeTearDown]
    public Task StopHost() => _factory.DisposeAsync().AsTask();

    private sealed record Target(string Method, string Url, bool IsApi);

    private Target[] AdminEndpoints() => AdminEndpoints(_factory, _someUserId, _season, _importId, _results.SessionId);

    private static Target[] AdminEndpoints(FestivalWebFactory app, string someUserId, SampleSeason season, Guid importId, int sessionId) =>
        Endpoints(app, someUserId, season, importId, sessionId, "/Admin", "/api/admin");

    /// <summary>The adjudicator's area: its pages and API, with the sample's first session (the signed-in adjudicator's own).</summary>
    private Target[] AdjudicatorEndpoints() => Endpoints(_factory, _someUserId, _season, _importId, _results.SessionId, "/Adjudicate", "/api/adjudicate");

    private static Target[] Endpoints(FestivalWebFactory app, string someUserId, SampleSeason season, Guid importId, int sessionId, params string[] prefixes) =>
        app.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Select(e => (Endpoint: e, Pattern: "/" + e.RoutePattern.RawText!.TrimStart('/')))
            .Where(e => prefixes.Any(p => e.Pattern.StartsWith(p, StringComparison.OrdinalIgnoreCase)))
            .SelectMany(e => (e.Endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"])
                .Select(method => new Target(method, Url(e.Pattern, someUserId, season, importId, sessionId), e.Pattern.StartsWith("/api", StringComparison.Ordinal))))
            .Concat(PageHandlers
                .Where(h => prefixes.Any(p => h.StartsWith(p, StringComparison.OrdinalIgnoreCase)))
                .Select(h => new Target("GET", h.Replace("{session}", sessionId.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal), false)))
            .Distinct()
            .ToArray();

    /// <summary>
    /// Downloads served by a page's named handler (<c>?handler=</c>) rather than a route of their own, so the endpoint data
    /// source does not list them: each is swept like its page.
    /// </summary>
    private static readonly string[] PageHandlers =
    [
        "/Admin/Schedule?handler=Programme", "/Admin/Schedule?handler=Sheets&sessionId={session}",
        "/Admin/Schedule?handler=Download&report=Hours&format=Csv", "/Admin/Schedule?handler=Download&report=Hours&format=Xlsx",
        "/Admin/Schedule?handler=Download&report=Unscheduled&format=Csv", "/Admin/Schedule?handler=Download&report=Conflicts&format=Csv",
        "/Admin/Results/Session/{session}?handler=Pdf", "/Adjudicate/Session/{session}?handler=Pdf",
    ];

    /// <summary>Two adjudicators' sessions; the adjudicator area's sweep signs in as the first one.</summary>
    private static async Task<ResultsSample> SessionsAsync(FestivalWebFactory app, SampleSeason season) =>
        await ResultsSample.CreateAsync(app.Services, season, await app.RegisterAsync("sweep.judge@example.org", role: "Adjudicator"),
            await app.RegisterAsync("sweep.other.judge@example.org", role: "Adjudicator"));

    /// <summary>A staged import for the sweep's import routes to find (an admin's GET then answers 200).</summary>
    private static async Task<Guid> StagedImportAsync(FestivalWebFactory app)
    {
        await ImportFixture.SeasonAsync(app, "sweep");
        return (await ImportFixture.StageSyllabusAsync(app, "sweep")).Id;
    }

    /// <summary>
    /// A route parameter becomes a record that exists: a user id, a staged import, an invoice, a session (results pages), or
    /// the id of a sample class, person or piece.
    /// </summary>
    private static string Url(string pattern, string someUserId, SampleSeason season, Guid importId, int sessionId) => RouteParameter().Replace(pattern, parameter =>
        pattern.Contains("/imports", StringComparison.OrdinalIgnoreCase) ? (parameter.Value.StartsWith("{kind", StringComparison.Ordinal) ? "syllabus" : importId.ToString())
        : parameter.Value.EndsWith(":int}", StringComparison.Ordinal)
        ? (pattern.Contains("Session", StringComparison.OrdinalIgnoreCase) ? sessionId
            : pattern.Contains("/admin/classes", StringComparison.OrdinalIgnoreCase) ? season.Classes["2105A"]
            : pattern.StartsWith("/Admin/Invoices", StringComparison.Ordinal) ? InvoiceNumber
            : pattern.StartsWith("/Admin/People", StringComparison.Ordinal) ? season.People["Anna"]
            : season.Pieces["Sonata"]).ToString(System.Globalization.CultureInfo.InvariantCulture)
        : someUserId);

    private static readonly string[] FestivalPrefixes = [
        .. Festival.Web.DependencyInjection.FestivalStaffFolders, "/api/admin/reports", "/api/admin/imports", "/api/admin/season", "/api/admin/entries",
        "/api/admin/invoices", "/api/admin/schedule", "/api/admin/results",
    ];

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
            "/Admin/Imports", $"/Admin/Imports/{_importId}", "/api/admin/imports/syllabus", $"/api/admin/imports/{_importId}", $"/api/admin/imports/{_importId}/commit",
            "/Admin/Fees", "/api/admin/reports/fees", "/api/admin/season/fees", $"/api/admin/classes/{_season.Classes["2105A"]}/cancel",
            "/Admin/Entries", "/Admin/Invoices", $"/Admin/Invoices/{InvoiceNumber}", "/Admin/LateWindow",
            "/api/admin/entries", "/api/admin/invoices", "/api/admin/entries/late-window", "/api/admin/entries/late-window/close",
            "/Admin/Schedule", "/Admin/Schedule/Setup", "/api/admin/schedule/", "/api/admin/schedule/check", "/api/admin/schedule/export",
            "/api/admin/schedule/generate", "/api/admin/schedule/publish", "/api/admin/schedule/move", "/api/admin/schedule/swap", "/api/admin/schedule/reorder", "/api/admin/schedule/pin",
            "/api/admin/schedule/venues", "/api/admin/schedule/rooms", "/api/admin/schedule/adjudicators", "/api/admin/schedule/sessions",
            "/api/admin/schedule/sessions/template", "/api/admin/schedule/settings", "/api/admin/schedule/setup",
            "/Admin/Results", $"/Admin/Results/Session/{_results.SessionId}", "/Admin/Results/Reports", "/api/admin/results/", "/api/admin/results/publish",
            "/Admin/Schedule?handler=Programme", $"/Admin/Schedule?handler=Sheets&sessionId={_results.SessionId}", "/Admin/Schedule?handler=Download&report=Hours&format=Csv",
            $"/Admin/Results/Session/{_results.SessionId}?handler=Pdf",
            "/Admin/Results/Awards", "/api/admin/results/awards", "/api/admin/results/awards/decide",
        }));
        Assert.That(AdjudicatorEndpoints().Select(t => t.Url), Is.SupersetOf(new[]
        {
            "/Adjudicate", $"/Adjudicate/Session/{_results.SessionId}", "/api/adjudicate/sessions", $"/api/adjudicate/sessions/{_results.SessionId}",
            $"/api/adjudicate/sessions/{_results.SessionId}/submit", "/api/adjudicate/phrases", $"/Adjudicate/Session/{_results.SessionId}?handler=Pdf",
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

    [Test]
    public async Task The_adjudicator_area_is_refused_to_anonymous_visitors_plain_users_and_festival_staff_and_open_to_its_adjudicator()
    {
        using var anonymous = _factory.Session();
        using var plain = await _factory.SignedInAsync("plain.adjudicate.sweep@example.org");
        using var staff = await _factory.SignedInAsync("staff.adjudicate.sweep@example.org", role: "FestivalStaff");
        using var judge = _factory.Session();
        var signedIn = await judge.PostFormAsync("/Account/Login", new() { ["Input.Email"] = "sweep.judge@example.org", ["Input.Password"] = FestivalWebFactory.Password });
        Assert.That(signedIn.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));

        foreach (var target in AdjudicatorEndpoints())
        {
            var label = $"{target.Method} {target.Url}";
            var asAnonymous = await anonymous.Client.SendAsync(new HttpRequestMessage(new HttpMethod(target.Method), new Uri(target.Url, UriKind.Relative)));
            Assert.That(asAnonymous.StatusCode, Is.EqualTo(target.IsApi ? HttpStatusCode.Unauthorized : HttpStatusCode.Redirect), label);
            foreach (var refused in new[] { plain, staff })
            {
                var response = await refused.Client.SendAsync(new HttpRequestMessage(new HttpMethod(target.Method), new Uri(target.Url, UriKind.Relative)));
                Assert.That(response.StatusCode, Is.EqualTo(target.IsApi ? HttpStatusCode.Forbidden : HttpStatusCode.Redirect), label);
                Assert.That(target.IsApi || response.Headers.Location?.AbsolutePath == "/Account/AccessDenied", Is.True, label);
            }

            if (target.Method == "GET")
            {
                Assert.That((await judge.Client.GetAsync(new Uri(target.Url, UriKind.Relative))).StatusCode, Is.EqualTo(HttpStatusCode.OK), label);
            }
        }
    }

    [TestCase("/Dashboard")]
    [TestCase("/Account")]
    [TestCase("/Account/Edit")]
    [TestCase("/Account/ChangePassword")]
    [TestCase("/Account/Security")]
    [TestCase("/Account/EnableAuthenticator")]
    [TestCase("/Account/DisableTwoFactor")]
    [TestCase("/Entries/Timetable")]
    [TestCase("/Account/Data")]
    [TestCase("/Account/Data?handler=Download")]
    [TestCase("/Entries/Results?handler=Sheet&entryId=1")]
    [TestCase("/Entries/Results?handler=Certificate&entryId=1")]
    public async Task Signed_in_pages_send_anonymous_visitors_to_sign_in(string url)
    {
        using var anonymous = _factory.Session();

        var response = await anonymous.GetAsync(url);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(response.Headers.Location?.AbsolutePath, Is.EqualTo("/Account/Login"));
    }

    /// <summary>The same sweep with <c>Festival:Security:RequireTwoFactorForPermissions</c> on, as production has it.</summary>
    private static async Task<(FestivalWebFactory App, FakeTimeProvider Clock, string SomeUserId, SampleSeason Season, Guid ImportId, int SessionId)> StrictAppAsync()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var app = new FestivalWebFactory(
            settings: new Dictionary<string, string?>
            {
                ["Festival:Security:RequireTwoFactorForPermissions:0"] = Permissions.Admin,
                ["Festival:Security:RequireTwoFactorForPermissions:1"] = Permissions.FestivalAdmin,
            },
            configureServices: services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock)));
        var someUserId = await app.RegisterAsync("subject@example.org");
        var season = await SampleSeason.CreateAsync(app.Services);
        await InvoiceAsync(app, someUserId, season);
        var importId = await StagedImportAsync(app);
        return (app, clock, someUserId, season, importId, (await SessionsAsync(app, season)).SessionId);
    }

    [Test]
    public async Task With_the_second_factor_rule_an_admin_without_one_is_led_to_set_it_up_and_reaches_no_admin_endpoint_until_then()
    {
        var (app, clock, someUserId, season, importId, sessionId) = await StrictAppAsync();
        await using var _ = app;
        using var admin = await app.SignedInAsync("strict.admin@example.org", admin: true);

        var landing = await admin.GetAsync("/");
        var landedOn = await admin.GetAsync(landing.Headers.Location!.OriginalString);
        var setUp = await admin.GetPageAsync(landedOn.Headers.Location!.OriginalString);
        foreach (var target in AdminEndpoints(app, someUserId, season, importId, sessionId))
        {
            var response = await admin.Client.SendAsync(new HttpRequestMessage(new HttpMethod(target.Method), new Uri(target.Url, UriKind.Relative)));

            if (target.IsApi)
            {
                Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden), $"{target.Method} {target.Url}");
                Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("Set up two-factor sign-in first"), $"{target.Method} {target.Url}");
            }
            else
            {
                Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), $"{target.Method} {target.Url}");
                Assert.That(response.Headers.Location?.OriginalString, Is.EqualTo("/Account/Security?required=true"), $"{target.Method} {target.Url}");
            }
        }

        Assert.That(landedOn.Headers.Location?.OriginalString, Is.EqualTo("/Account/Security?required=true"), "signing in leads to setting it up");
        Assert.That(setUp, Does.Contain("it needs a second factor"));

        await admin.EnableTwoFactorAsync(clock);
        foreach (var target in AdminEndpoints(app, someUserId, season, importId, sessionId).Where(t => t.Method == "GET"))
        {
            Assert.That((await admin.Client.GetAsync(new Uri(target.Url, UriKind.Relative))).StatusCode, Is.EqualTo(HttpStatusCode.OK), target.Url);
        }
    }

    [Test]
    public async Task With_the_second_factor_rule_plain_users_are_still_simply_denied_and_need_no_second_factor()
    {
        var (app, _, _, _, _, _) = await StrictAppAsync();
        await using var _ = app;
        using var user = await app.SignedInAsync("strict.user@example.org");

        var dashboard = await user.GetAsync("/Dashboard");
        var adminPage = await user.GetAsync("/Admin");

        Assert.That(dashboard.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(adminPage.Headers.Location?.AbsolutePath, Is.EqualTo("/Account/AccessDenied"));
    }

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex RouteParameter();
}
