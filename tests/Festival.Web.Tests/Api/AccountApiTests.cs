using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Festival.Web.Tests.Api;

/// <summary>The JSON contract of <c>/api/account</c>: status codes, bodies, problem+json, never a redirect.</summary>
public sealed class AccountApiTests
{
    private FestivalWebFactory _factory = null!;

    [OneTimeSetUp]
    public void StartHost() => _factory = new FestivalWebFactory();

    [OneTimeTearDown]
    public Task StopHost() => _factory.DisposeAsync().AsTask();

    private static async Task<JsonElement> Json(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    private static string[] Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()!).ToArray();

    [Test]
    public async Task Register_answers_201_with_the_new_account_and_its_roles()
    {
        using var session = _factory.Session();

        var response = await session.PostJsonAsync("/api/account/register", new { email = " Api.User@example.org ", password = FestivalWebFactory.Password, displayName = "Api" });
        var body = await Json(response);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That(body.GetProperty("id").GetString(), Is.Not.Empty);
        Assert.That(body.GetProperty("email").GetString(), Is.EqualTo("Api.User@example.org"));
        Assert.That(body.GetProperty("displayName").GetString(), Is.EqualTo("Api"));
        Assert.That(Strings(body.GetProperty("roles")), Is.EqualTo(new[] { "User" }));
    }

    [Test]
    public async Task Invalid_input_answers_400_problem_json_with_errors_keyed_by_field()
    {
        using var session = _factory.Session();

        var response = await session.PostJsonAsync("/api/account/register", new { email = "nope", password = "x", displayName = "Ok" });
        var body = await Json(response);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        var errors = body.GetProperty("errors");
        Assert.That(errors.EnumerateObject().Select(p => p.Name), Is.EquivalentTo(new[] { "email", "password" }));
        Assert.That(Strings(errors.GetProperty("email")).Single(), Does.Contain("valid email address"));
    }

    [TestCase("dup@example.org")]
    [TestCase("DUP@EXAMPLE.ORG")]
    public async Task A_taken_email_in_any_letter_case_answers_409_problem_json(string again)
    {
        using var session = _factory.Session();
        await session.PostJsonAsync("/api/account/register", new { email = "dup@example.org", password = FestivalWebFactory.Password });

        var response = await session.PostJsonAsync("/api/account/register", new { email = again, password = FestivalWebFactory.Password });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        Assert.That((await Json(response)).GetProperty("code").GetString(), Is.EqualTo("email_taken"));
    }

    [TestCase("{}", "email,password")]
    [TestCase("{\"password\": \"Festival-2026\"}", "email")]
    [TestCase("{\"email\": 42, \"password\": \"Festival-2026\"}", "email")]
    [TestCase("{\"email\": \"extra@example.org\", \"password\": \"Festival-2026\", \"isAdmin\": true}", "isAdmin")]
    [TestCase("{\"email\": \"broken@example.org\", ", "body")]
    [TestCase("[]", "body")]
    [TestCase("not json", "body")]
    public async Task Malformed_or_incomplete_JSON_answers_400_problem_json_with_errors_keyed_by_field(string json, string fields)
    {
        using var session = _factory.Session();

        var response = await session.PostRawJsonAsync("/api/account/register", json);
        var body = await Json(response);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        Assert.That(body.GetProperty("errors").EnumerateObject().Select(p => p.Name), Is.EquivalentTo(fields.Split(',')));
    }

    [Test]
    public async Task Login_with_missing_fields_answers_400_with_errors_keyed_by_field()
    {
        using var session = _factory.Session();

        var response = await session.PostRawJsonAsync("/api/account/login", "{\"email\": \"someone@example.org\"}");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await Json(response)).GetProperty("errors").EnumerateObject().Select(p => p.Name), Is.EquivalentTo(new[] { "password" }));
    }

    [Test]
    public async Task Login_sets_the_cookie_and_me_describes_the_account_until_logout()
    {
        await _factory.RegisterAsync("me@example.org", "Me Myself");
        using var session = _factory.Session();

        var login = await session.PostJsonAsync("/api/account/login", new { email = "ME@example.org", password = FestivalWebFactory.Password });
        var me = await session.Client.GetAsync(new Uri("/api/account/me", UriKind.Relative));
        var body = await Json(me);
        var logout = await session.PostJsonAsync("/api/account/logout", new { });
        var after = await session.Client.GetAsync(new Uri("/api/account/me", UriKind.Relative));

        Assert.That(login.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(login.Headers.GetValues("Set-Cookie").Any(c => c.StartsWith("Festival.Auth=", StringComparison.Ordinal)), Is.True);
        Assert.That(me.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(body.GetProperty("email").GetString(), Is.EqualTo("me@example.org"));
        Assert.That(body.GetProperty("displayName").GetString(), Is.EqualTo("Me Myself"));
        Assert.That(Strings(body.GetProperty("roles")), Is.EqualTo(new[] { "User" }));
        Assert.That(Strings(body.GetProperty("permissions")), Is.EqualTo(new[] { "user_read", "user_write" }));
        Assert.That(logout.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That(after.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task A_wrong_password_and_an_unknown_email_both_answer_the_same_401()
    {
        await _factory.RegisterAsync("guarded@example.org");
        using var session = _factory.Session();

        var wrong = await session.PostJsonAsync("/api/account/login", new { email = "guarded@example.org", password = "Wrong-2026" });
        var unknown = await session.PostJsonAsync("/api/account/login", new { email = "ghost@example.org", password = "Wrong-2026" });

        Assert.That((wrong.StatusCode, unknown.StatusCode), Is.EqualTo((HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized)));
        Assert.That((await Json(wrong)).GetProperty("title").GetString(), Is.EqualTo((await Json(unknown)).GetProperty("title").GetString()));
    }

    [Test]
    public async Task Me_without_a_session_answers_401_problem_json_not_a_redirect()
    {
        using var session = _factory.Session();

        var response = await session.Client.GetAsync(new Uri("/api/account/me", UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
    }

    [Test]
    public async Task The_OpenAPI_document_describes_the_account_API()
    {
        using var session = _factory.Session();

        var document = await Json(await session.Client.GetAsync(new Uri("/openapi/v1.json", UriKind.Relative)));

        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToArray();
        Assert.That(paths, Is.SupersetOf(new[] { "/api/account/register", "/api/account/login", "/api/account/logout", "/api/account/me", "/api/admin/users" }));
    }

    [Test]
    public async Task The_admin_API_answers_403_to_a_plain_user_and_200_to_an_admin()
    {
        await _factory.RegisterAsync("plain.api@example.org");
        await _factory.RegisterAsync("admin.api@example.org", admin: true);
        using var plain = _factory.Session();
        using var admin = _factory.Session();
        await plain.PostJsonAsync("/api/account/login", new { email = "plain.api@example.org", password = FestivalWebFactory.Password });
        await admin.PostJsonAsync("/api/account/login", new { email = "admin.api@example.org", password = FestivalWebFactory.Password });

        var denied = await plain.Client.GetAsync(new Uri("/api/admin/users", UriKind.Relative));
        var listed = await admin.Client.GetFromJsonAsync<JsonElement>(new Uri("/api/admin/users?search=admin.api", UriKind.Relative));

        Assert.That(denied.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(denied.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        Assert.That(listed.GetProperty("totalCount").GetInt32(), Is.EqualTo(1));
    }
}
