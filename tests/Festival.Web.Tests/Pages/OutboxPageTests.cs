using System.Globalization;
using System.Net;
using Festival.Application.Email;
using Festival.Application.Outbox;
using Festival.Testing.Smtp;
using MediatR;

namespace Festival.Web.Tests.Pages;

/// <summary>
/// /Admin/Outbox and the outbox section of /Admin against the real dispatcher. Email goes over SMTP to an
/// in-process server that turns down exactly the messages a test asks it to, and a message is dead-lettered
/// after its first failure, so a dead letter appears deterministically and a retry can then succeed.
/// </summary>
public sealed class OutboxPageTests
{
    private static Dictionary<string, string?> FailFast(TestSmtpServer server) => new()
    {
        ["Festival:Email:Delivery"] = "Smtp",
        ["Festival:Email:Host"] = server.Host,
        ["Festival:Email:Port"] = server.Port.ToString(CultureInfo.InvariantCulture),
        ["Festival:Email:Security"] = "None",
        ["Festival:Email:Timeout"] = "00:00:10",
        ["Festival:Outbox:MaxAttempts"] = "1",
        ["Festival:Outbox:BaseDelay"] = "00:00:00.050",
        ["Festival:Outbox:PollInterval"] = "00:00:00.100",
    };

    [Test]
    public async Task A_dead_lettered_welcome_email_is_listed_and_Retry_requeues_it_until_it_is_delivered()
    {
        await using var smtp = new TestSmtpServer();
        await using var factory = new FestivalWebFactory(settings: FailFast(smtp));
        using var admin = await factory.SignedInAsync("postmaster@example.org", admin: true);
        await smtp.WaitForMessagesAsync(1, Wait.DefaultTimeout);
        await WaitForCountsAsync(factory, c => c.Delivered == 1, "the admin's welcome email to be delivered");
        smtp.FailNext(1);
        var userId = await factory.RegisterAsync("bounced@example.org");
        await WaitForCountsAsync(factory, c => c.DeadLettered == 1, "the welcome email to be dead-lettered");

        var dashboard = await admin.GetPageAsync("/Admin");
        var outbox = await admin.GetPageAsync("/Admin/Outbox");

        Assert.That(dashboard, Does.Contain("id=\"outbox-delivered\">1</dd>").And.Contain("<span class=\"badge text-bg-danger\">1</span>")
            .And.Contain("id=\"outbox-pending\">0</dd>").And.Contain("<a href=\"/Admin/Outbox\">"));
        Assert.That(outbox, Does.Contain("<td>EmailMessage</td>").And.Contain($"<code>welcome:{userId}</code>")
            .And.Contain("<td class=\"text-end\">1</td>").And.Contain("SmtpCommandException: 4.3.0 Temporarily unavailable"));
        Assert.That(outbox, Does.Contain($"aria-label=\"Retry welcome:{userId}\""));
        var id = await DeadLetterIdAsync(factory);

        var retried = await admin.PostFormAsync("/Admin/Outbox?handler=Retry&p=1", new() { ["id"] = id.ToString() }, formUrl: "/Admin/Outbox");
        var afterRetry = await admin.GetPageAsync(retried.Headers.Location!.OriginalString);

        Assert.That(retried.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(retried.Headers.Location!.OriginalString, Does.StartWith("/Admin/Outbox"));
        Assert.That(afterRetry, Does.Contain("Re-queued: the message will be tried again shortly"));
        var received = await smtp.WaitForMessagesAsync(2, Wait.DefaultTimeout);
        Assert.That(received[^1].Recipients, Is.EqualTo(new[] { "bounced@example.org" }));
        await WaitForCountsAsync(factory, c => c.Delivered == 2 && c.DeadLettered == 0 && c.Pending == 0, "the retried email to be delivered");
        Assert.That(await admin.GetPageAsync("/Admin/Outbox"), Does.Contain("No dead-lettered messages.").And.Not.Contain($"welcome:{userId}"));
    }

    [Test]
    public async Task Retrying_a_message_that_is_not_dead_lettered_shows_the_error()
    {
        await using var factory = new FestivalWebFactory();
        using var admin = await factory.SignedInAsync("retrier@example.org", admin: true);
        var unknown = Guid.NewGuid();

        var response = await admin.PostFormAsync("/Admin/Outbox?handler=Retry", new() { ["id"] = unknown.ToString() }, formUrl: "/Admin/Outbox");
        var page = await admin.GetPageAsync("/Admin/Outbox");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(page, Does.Contain($"No dead-lettered message with id {unknown}: it may have been retried already."));
        Assert.That(page, Does.Contain("role=\"alert\""));
    }

    [Test]
    public async Task Dead_letters_are_paged_by_twenty_five()
    {
        await using var smtp = new TestSmtpServer();
        smtp.FailNext(1000);
        await using var factory = new FestivalWebFactory(settings: FailFast(smtp));
        using var admin = await factory.SignedInAsync("pages@example.org", admin: true);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var outbox = scope.ServiceProvider.GetRequiredService<IOutbox>();
            for (var i = 0; i < 26; i++)
            {
                await outbox.EnqueueAsync(new EmailMessage($"choir{i:00}@example.org", "Rehearsal", "Bring your music."), $"rehearsal:{i:00}", CancellationToken.None);
            }
        }

        await WaitForCountsAsync(factory, c => c.DeadLettered == 27, "27 dead letters (26 and the admin's welcome)");
        var first = await admin.GetPageAsync("/Admin/Outbox");
        var second = await admin.GetPageAsync("/Admin/Outbox?p=2");

        Assert.That(first, Does.Contain("27 in all · page 1 of 2").And.Contain("href=\"/Admin/Outbox?p=2\""));
        Assert.That(CountOf(first, "aria-label=\"Retry "), Is.EqualTo(25));
        Assert.That(second, Does.Contain("page 2 of 2"));
        Assert.That(CountOf(second, "aria-label=\"Retry "), Is.EqualTo(2));
    }

    [TestCase("0")]
    [TestCase("abc")]
    [TestCase("2147483647")]
    public async Task An_odd_page_number_shows_a_page_not_an_error(string p)
    {
        await using var factory = new FestivalWebFactory();
        using var admin = await factory.SignedInAsync("odd.pager@example.org", admin: true);

        var response = await admin.GetAsync($"/Admin/Outbox?p={p}");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    private static async Task<OutboxCounts> CountsAsync(FestivalWebFactory factory) =>
        (await StatusAsync(factory)).Counts;

    private static async Task<OutboxStatus> StatusAsync(FestivalWebFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new GetOutboxStatusQuery());
    }

    private static async Task<Guid> DeadLetterIdAsync(FestivalWebFactory factory) =>
        (await StatusAsync(factory)).DeadLetters.Items.Single().Id;

    private static Task WaitForCountsAsync(FestivalWebFactory factory, Func<OutboxCounts, bool> condition, string what) =>
        Wait.UntilAsync(async () => condition(await CountsAsync(factory)), what);

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
