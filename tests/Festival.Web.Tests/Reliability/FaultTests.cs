using System.Data.Common;
using System.Net;
using Festival.Application.Accounts.Register;
using Festival.Infrastructure.Persistence;
using MediatR;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Festival.Web.Tests.Reliability;

/// <summary>Faults in the middle of a registration: a clear answer, nothing half-written, service resumes.</summary>
public sealed class FaultTests
{
    [Test]
    public async Task A_reaction_failing_on_the_third_registration_rolls_that_one_back_and_the_next_ones_succeed()
    {
        var reaction = new FailOnNth(3);
        await using var factory = new FestivalWebFactory(configureServices: s => s.AddSingleton(reaction)
            .AddScoped<INotificationHandler<UserRegisteredNotification>>(sp => sp.GetRequiredService<FailOnNth>()));
        using var session = factory.Session();

        var answers = new List<HttpStatusCode>();
        for (var i = 1; i <= 5; i++)
        {
            answers.Add((await session.PostJsonAsync("/api/account/register", new { email = $"nth{i}@example.org", password = FestivalWebFactory.Password })).StatusCode);
        }

        Assert.That(answers, Is.EqualTo(new[]
        {
            HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.InternalServerError, HttpStatusCode.Created, HttpStatusCode.Created,
        }));
        var report = await factory.Services.CheckDatabaseAsync();
        Assert.That((report.Users, report.Profiles, report.Problems.Count), Is.EqualTo((4, 4, 0)));
    }

    [Test]
    public async Task A_database_failure_mid_transaction_answers_503_writes_nothing_and_the_app_serves_again_after()
    {
        var faults = new FailingWrites();
        await using var factory = new FestivalWebFactory(configureServices: s =>
            s.ConfigureDbContext<SqliteFestivalDbContext>(options => options.AddInterceptors(faults)));
        using var session = factory.Session();
        var form = await session.GetPageAsync("/Account/Register");
        Assert.That(form, Does.Contain("Create an account"));

        faults.On = true;
        var api = await session.PostJsonAsync("/api/account/register", new { email = "during@example.org", password = FestivalWebFactory.Password });
        var page = await session.PostFormAsync("/Account/Register", new()
        {
            ["Input.Email"] = "during.form@example.org", ["Input.Password"] = FestivalWebFactory.Password, ["Input.ConfirmPassword"] = FestivalWebFactory.Password,
        });
        faults.On = false;
        var after = await session.PostJsonAsync("/api/account/register", new { email = "after@example.org", password = FestivalWebFactory.Password });

        Assert.That(api.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
        Assert.That(api.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        Assert.That(api.Headers.RetryAfter, Is.Not.Null);
        Assert.That(await api.Content.ReadAsStringAsync(), Does.Contain("Nothing was changed").And.Not.Contain("simulated"));
        Assert.That(page.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
        Assert.That(await page.Content.ReadAsStringAsync(), Does.Contain("Temporarily unavailable").And.Not.Contain("simulated"));
        Assert.That(after.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        var report = await factory.Services.CheckDatabaseAsync();
        Assert.That((report.Users, report.Problems.Count), Is.EqualTo((1, 0)), "only the registration after the fault exists");
    }

    /// <summary>Throws on the n-th registration only.</summary>
    private sealed class FailOnNth(int n) : INotificationHandler<UserRegisteredNotification>
    {
        private int _seen;

        public Task Handle(UserRegisteredNotification notification, CancellationToken cancellationToken) =>
            Interlocked.Increment(ref _seen) == n ? throw new InvalidOperationException($"Registration {n} fails.") : Task.CompletedTask;
    }

    /// <summary>Makes every write fail like a full or broken disk while <see cref="On"/> is set.</summary>
    private sealed class FailingWrites : DbCommandInterceptor
    {
        public volatile bool On;

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            ThrowIfWrite(command);
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            ThrowIfWrite(command);
            return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
        }

        private void ThrowIfWrite(DbCommand command)
        {
            if (On && command.CommandText.Contains("INSERT", StringComparison.OrdinalIgnoreCase))
            {
                throw new SqliteException("disk I/O error (simulated)", 10);
            }
        }
    }
}
