using System.Net;
using Festival.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;

namespace Festival.Web.Tests.Performance;

/// <summary>
/// What one form registration costs the database, counted by an EF Core interceptor on a real SQLite file: the POST
/// (the command in its transaction, the sign-in), the welcome email's delivery by the outbox, and the page the
/// registration redirects to. docs/performance.md explains each command; a change that adds one fails here first.
/// </summary>
public sealed class RegistrationCommandBudgetTests
{
    // The form and its POST: 2 uniqueness checks, the user, the audit row, the role's existence, its id with the membership check,
    // the membership, the profile, the outbox's idempotency check and its row, festival people carrying the email (to link
    // them) (11 in the transaction), then the cookie's claims: the user's own and the roles with their permissions, whether
    // the account has a passkey (the second-factor claim), and the session's row with the removal of long-forgotten ones (5).
    private const int PostCommands = 16;

    // The dispatcher: the claim (one statement chooses and claims), the claimed rows, the delivered mark.
    private const int OutboxCommands = 3;

    // GET /Account: the per-request security-stamp check, the account, its roles, the profile.
    private const int RedirectTargetCommands = 4;

    [Test]
    public async Task A_form_registration_its_welcome_email_and_the_page_it_lands_on_stay_within_their_database_command_budget()
    {
        var counter = new CommandCounter();
        await using var factory = new FestivalWebFactory(
            settings: new Dictionary<string, string?> { ["Festival:Outbox:PollInterval"] = "01:00:00" },
            configureServices: s => s.ConfigureDbContext<SqliteFestivalDbContext>(options => options.AddInterceptors(counter)));

        // The first registration creates what is made once (the data-protection key, compiled queries); the second is counted.
        await RegisterAsync(factory, "first@example.org", counter, delivered: 1);
        var (post, outbox, landing, opened) = await RegisterAsync(factory, "second@example.org", counter, delivered: 2);

        await TestContext.Out.WriteLineAsync($"database commands: form and POST {post}, outbox delivery {outbox}, redirect target {landing}; connections opened {opened}");
        Assert.Multiple(() =>
        {
            // The dispatcher wakes at the commit, while the POST is still answering: only the sum is stable.
            Assert.That(post + outbox, Is.LessThanOrEqualTo(PostCommands + OutboxCommands), "GET and POST /Account/Register, and the welcome email's delivery");
            Assert.That(landing, Is.LessThanOrEqualTo(RedirectTargetCommands), "GET /Account after registering");
        });
    }

    private static async Task<(long Post, long Outbox, long Landing, long Opened)> RegisterAsync(FestivalWebFactory factory, string email, CommandCounter counter, int delivered)
    {
        using var session = factory.Session();
        counter.Reset();
        var response = await session.PostFormAsync("/Account/Register", new()
        {
            ["Input.Email"] = email, ["Input.Password"] = FestivalWebFactory.Password, ["Input.ConfirmPassword"] = FestivalWebFactory.Password,
        });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var post = counter.Commands;
        await TestContext.Out.WriteLineAsync($"{email}: the POST's commands:\n{string.Join('\n', counter.Seen)}");

        // Counted outside the app's context, so the wait adds nothing to the count.
        await Wait.UntilAsync(async () => await DeliveredAsync(factory.Database) == delivered, "the welcome email's delivery to be recorded");
        var outbox = counter.Commands - post;
        var opened = counter.ConnectionsOpened;

        counter.Reset();
        Assert.That(await session.GetPageAsync(response.Headers.Location!.OriginalString), Does.Contain(email));
        return (post, outbox, counter.Commands, opened + counter.ConnectionsOpened);
    }

    private static async Task<long> DeliveredAsync(TestDatabase database)
    {
        await using var connection = new SqliteConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM OutboxMessages WHERE DeliveredAt IS NOT NULL";
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
