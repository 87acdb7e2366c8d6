using System.Net;
using Festival.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Festival.Web.Tests.Reliability;

/// <summary>The day registrations open: many people at once, some twice, some typing their address differently.</summary>
[TestFixture(DatabaseProvider.Sqlite)]
[TestFixture(DatabaseProvider.PostgreSql)]
public sealed class RaceTests(DatabaseProvider provider)
{
    [Test]
    public async Task Two_hundred_concurrent_registrations_reusing_half_the_emails_leave_one_account_per_address()
    {
        await using var factory = new FestivalWebFactory(provider: provider);
        using var session = factory.Session();
        var attempts = Enumerable.Range(0, 100).SelectMany(i => new[]
        {
            $"racer{i}@example.org",
            i % 2 == 0 ? $"RACER{i}@Example.ORG" : $"  racer{i}@example.org ",
        }).ToArray();

        var answers = await Task.WhenAll(attempts.Select(email => Task.Run(async () =>
            (await session.PostJsonAsync("/api/account/register", new { email, password = FestivalWebFactory.Password })).StatusCode)));

        Assert.That(answers.Where(a => a is not (HttpStatusCode.Created or HttpStatusCode.Conflict)), Is.Empty, "every attempt gets 201 or 409");
        Assert.That(answers.Count(a => a == HttpStatusCode.Created), Is.EqualTo(100));
        Assert.That(answers.Count(a => a == HttpStatusCode.Conflict), Is.EqualTo(100));
        var report = await factory.Services.CheckDatabaseAsync();
        Assert.That(report.Problems, Is.Empty);
        Assert.That(report.Users, Is.EqualTo(100));
        await using var scope = factory.Services.CreateAsyncScope();
        var normalized = await scope.ServiceProvider.GetRequiredService<FestivalDbContext>().Users.Select(u => u.NormalizedEmail).ToListAsync();
        Assert.That(normalized, Is.Unique);
    }

    [Test]
    public async Task Sign_ins_racing_a_password_change_all_get_a_clean_answer_and_only_the_new_password_works_after()
    {
        await using var factory = new FestivalWebFactory(provider: provider);
        await factory.RegisterAsync("racing@example.org");
        using var owner = factory.Session();
        await owner.PostJsonAsync("/api/account/login", new { email = "racing@example.org", password = FestivalWebFactory.Password });

        var signIns = Enumerable.Range(0, 24).Select(i => Task.Run(async () =>
        {
            using var visitor = factory.Session();
            // Four wrong guesses: below the lockout threshold, so the account stays usable.
            var password = i % 6 == 0 ? "Wrong-Guess-1" : FestivalWebFactory.Password;
            return (await visitor.PostJsonAsync("/api/account/login", new { email = "racing@example.org", password })).StatusCode;
        })).ToList();
        var change = owner.PostFormAsync("/Account/ChangePassword", new()
        {
            ["Input.CurrentPassword"] = FestivalWebFactory.Password, ["Input.NewPassword"] = "After-Race-2026", ["Input.ConfirmNewPassword"] = "After-Race-2026",
        });

        var answers = await Task.WhenAll(signIns);
        var changed = await change;

        Assert.That(answers, Is.All.AnyOf(HttpStatusCode.OK, HttpStatusCode.Unauthorized));
        Assert.That(changed.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await changed.Content.ReadAsStringAsync());
        using var after = factory.Session();
        Assert.That((await after.PostJsonAsync("/api/account/login", new { email = "racing@example.org", password = FestivalWebFactory.Password })).StatusCode,
            Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That((await after.PostJsonAsync("/api/account/login", new { email = "racing@example.org", password = "After-Race-2026" })).StatusCode,
            Is.EqualTo(HttpStatusCode.OK));
    }
}
