using System.Net;

namespace Festival.Web.Tests.Security;

public sealed class RateLimitTests
{
    [Test]
    public async Task Registrations_over_the_per_minute_limit_answer_429_with_Retry_After()
    {
        await using var factory = new FestivalWebFactory(settings: new Dictionary<string, string?> { ["Festival:RateLimits:RegisterPerMinute"] = "2" });
        using var session = factory.Session();

        var answers = new List<HttpResponseMessage>();
        for (var i = 0; i < 3; i++)
        {
            answers.Add(await session.PostJsonAsync("/api/account/register", new { email = $"burst{i}@example.org", password = FestivalWebFactory.Password }));
        }

        Assert.That(answers.Select(a => a.StatusCode), Is.EqualTo(new[] { HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.TooManyRequests }));
        Assert.That(int.Parse(answers[2].Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture), Is.InRange(1, 60));
        Assert.That(answers[2].Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        Assert.That((await session.GetAsync("/Account/Register")).StatusCode, Is.EqualTo(HttpStatusCode.OK), "showing the form is not limited");
    }

    [Test]
    public async Task Sign_in_attempts_over_the_limit_answer_429_on_the_form_too()
    {
        await using var factory = new FestivalWebFactory(settings: new Dictionary<string, string?> { ["Festival:RateLimits:SignInPerMinute"] = "1" });
        using var session = factory.Session();

        var first = await session.PostFormAsync("/Account/Login", new() { ["Input.Email"] = "a@example.org", ["Input.Password"] = "x" });
        var second = await session.PostFormAsync("/Account/Login", new() { ["Input.Email"] = "a@example.org", ["Input.Password"] = "x" });

        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
        Assert.That(second.Headers.Contains("Retry-After"), Is.True);
    }

    [TestCase("/Account/LoginWith2fa", "Input.Code")]
    [TestCase("/Account/LoginWithRecoveryCode", "Input.RecoveryCode")]
    public async Task Second_factor_attempts_are_limited_like_sign_in(string page, string field)
    {
        await using var factory = new FestivalWebFactory(settings: new Dictionary<string, string?> { ["Festival:RateLimits:SignInPerMinute"] = "1" });
        using var session = factory.Session();

        var first = await session.PostFormAsync(page, new() { [field] = "123456" }, formUrl: "/Account/Register");
        var second = await session.PostFormAsync(page, new() { [field] = "123456" }, formUrl: "/Account/Register");

        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), "no password step in this browser");
        Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
    }
}
