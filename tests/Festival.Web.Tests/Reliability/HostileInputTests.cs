using System.Net;
using System.Text.Json;
using Festival.Infrastructure.Persistence;

namespace Festival.Web.Tests.Reliability;

/// <summary>Each hostile input gets its clear error, nothing is stored, and the app keeps answering.</summary>
public sealed class HostileInputTests
{
    private FestivalWebFactory _factory = null!;

    [OneTimeSetUp]
    public void StartHost() => _factory = new FestivalWebFactory();

    [OneTimeTearDown]
    public Task StopHost() => _factory.DisposeAsync().AsTask();

    [TearDown]
    public async Task NothingStoredAndStillAnswering()
    {
        using var session = _factory.Session();
        Assert.That((await session.GetAsync("/health")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await _factory.Services.CheckDatabaseAsync()).Users, Is.Zero);
    }

    private async Task<(HttpStatusCode Status, JsonElement Body)> Register(string email, string password = FestivalWebFactory.Password, string? displayName = null)
    {
        using var session = _factory.Session();
        var response = await session.PostJsonAsync("/api/account/register", new { email, password, displayName });
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement);
    }

    private static string[] ErrorsFor(JsonElement body, string field) =>
        body.GetProperty("errors").TryGetProperty(field, out var messages) ? messages.EnumerateArray().Select(m => m.GetString()!).ToArray() : [];

    public static IEnumerable<TestCaseData> HostileEmails() =>
    [
        new("ada.example.org") { TestName = "Email without @" },
        new("ada lovelace@example.org") { TestName = "Email with a space" },
        new(new string('a', 250) + "@example.org") { TestName = "Email over 254 characters" },
        new("ada\u0007@example.org") { TestName = "Email with a control character" },
        new("ada\u0000@example.org") { TestName = "Email with a null byte" },
        new("\"ada\"@example.org") { TestName = "Email with a quoted local part" },
        new("ada@[10.0.0.1]") { TestName = "Email with an address literal" },
    ];

    [TestCaseSource(nameof(HostileEmails))]
    public async Task Hostile_emails_are_refused_with_an_email_error(string email)
    {
        var (status, body) = await Register(email);

        Assert.That(status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(ErrorsFor(body, "email"), Is.Not.Empty);
    }

    [TestCase("", "Enter a password.")]
    [TestCase("x", "at least 6 characters")]
    public async Task Empty_and_one_character_passwords_are_refused(string password, string message)
    {
        var (status, body) = await Register("short.pw@example.org", password);

        Assert.That(status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(string.Join(" ", ErrorsFor(body, "password")), Does.Contain(message));
    }

    [Test]
    public async Task A_one_megabyte_password_is_refused_by_the_length_cap_before_any_hashing()
    {
        var (status, body) = await Register("huge.pw@example.org", new string('P', 1_000_000));

        Assert.That(status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(ErrorsFor(body, "password"), Is.EqualTo(new[] { "A password can be at most 256 characters." }));
    }

    [TestCase("Ada\u202Eecalevol", TestName = "Display name with a right-to-left override")]
    [TestCase("Ada\u0000", TestName = "Display name with a null byte")]
    [TestCase("Ada\u0008Lovelace", TestName = "Display name with a control character")]
    public async Task Display_names_with_invisible_or_control_characters_are_refused(string displayName)
    {
        var (status, body) = await Register("named@example.org", displayName: displayName);

        Assert.That(status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(ErrorsFor(body, "displayName"), Is.Not.Empty);
    }

    [Test]
    public async Task An_overlong_display_name_is_refused()
    {
        var (status, body) = await Register("long.name@example.org", displayName: new string('n', 101));

        Assert.That(status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(ErrorsFor(body, "displayName"), Is.EqualTo(new[] { "A display name can be at most 100 characters." }));
    }

    [Test]
    public async Task A_JSON_body_over_the_limit_is_refused_with_413()
    {
        using var session = _factory.Session();

        var response = await session.PostRawJsonAsync("/api/account/register",
            $"{{\"email\":\"big@example.org\",\"password\":\"{new string('P', 2 * 1024 * 1024)}\"}}");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.RequestEntityTooLarge));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
    }

    [Test]
    public async Task A_form_over_the_limit_is_refused_with_413()
    {
        using var session = _factory.Session();

        var response = await session.PostFormAsync("/Account/Register", new()
        {
            ["Input.Email"] = "big.form@example.org", ["Input.Password"] = FestivalWebFactory.Password, ["Input.ConfirmPassword"] = FestivalWebFactory.Password,
            ["Input.DisplayName"] = new string('n', 2 * 1024 * 1024),
        });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.RequestEntityTooLarge));
    }
}
