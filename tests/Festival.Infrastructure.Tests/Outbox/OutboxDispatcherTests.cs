using Festival.Testing.Email;

namespace Festival.Infrastructure.Tests.Outbox;

/// <summary>The hosted dispatcher, running as in the web app: woken by commits, polling on the (fake) clock, surviving restarts.</summary>
[TestFixture(DatabaseProvider.Sqlite)]
[TestFixture(DatabaseProvider.PostgreSql)]
public sealed class OutboxDispatcherTests(DatabaseProvider provider)
{
    private TestDatabase _database = null!;

    [SetUp]
    public void SetUp() => _database = new TestDatabase(provider);

    [TearDown]
    public void TearDown() => _database.Dispose();

    [Test]
    public async Task A_commit_that_enqueued_a_message_wakes_the_dispatcher_without_waiting_for_a_poll()
    {
        // The fake clock never moves here, so the poll never fires: only the wake after commit can deliver.
        await using var host = await OutboxTestHost.CreateAsync(_database);
        await host.StartAsync();
        await host.RegisterAsync("ada@example.org");
        await Wait.UntilAsync(() => Task.FromResult(host.Sender.Sent.Count == 1), "the first welcome email");

        await host.RegisterAsync("grace@example.org");

        await Wait.UntilAsync(() => Task.FromResult(host.Sender.Sent.Count == 2), "the second welcome email, sent on the wake after commit");
        Assert.That(host.Sender.Sent.Select(s => s.Message.To), Is.EqualTo(new[] { "ada@example.org", "grace@example.org" }));
    }

    [Test]
    public async Task A_failed_delivery_is_retried_by_the_running_dispatcher_when_its_backoff_has_passed()
    {
        await using var host = await OutboxTestHost.CreateAsync(_database);
        host.Sender.FailNext(1);
        await host.StartAsync();

        await host.RegisterAsync("ada@example.org");
        await Wait.UntilAsync(async () => (await host.MessagesAsync()).Single().Attempts == 1, "the first, failed attempt");
        Assert.That(host.Sender.Sent, Is.Empty);

        // Move time a poll at a time, as it would pass; the retry is due 10 s after the failure.
        await Wait.UntilAsync(() =>
        {
            host.Clock.Advance(TimeSpan.FromSeconds(1));
            return Task.FromResult(!host.Sender.Sent.IsEmpty);
        }, "the retry");
        // The sender has it; the dispatcher records the delivery just after.
        await Wait.UntilAsync(async () => (await host.MessagesAsync()).Single().DeliveredAt is not null, "the delivery recorded");

        // The email leaves before its delivery is recorded: wait for the record, not only the email.
        await Wait.UntilAsync(async () => (await host.MessagesAsync()).Single().DeliveredAt is not null, "the delivery to be recorded");
        var message = (await host.MessagesAsync()).Single();
        Assert.That(message.DeliveredAt!.Value - OutboxTestHost.Start, Is.GreaterThanOrEqualTo(TimeSpan.FromSeconds(10)), "not before its backoff");
    }

    [Test]
    public async Task After_a_restart_the_dispatcher_delivers_what_was_pending()
    {
        var sender = new RecordingEmailSender();
        await using (var before = await OutboxTestHost.CreateAsync(_database, sender: sender))
        {
            // Registered by a process that stopped before delivering (like the command line, which never dispatches).
            await before.RegisterAsync("ada@example.org");
        }

        Assert.That(sender.Attempts, Is.Zero);

        await using var after = await OutboxTestHost.CreateAsync(_database, sender: sender);
        await after.StartAsync();

        await Wait.UntilAsync(() => Task.FromResult(sender.Sent.Count == 1), "the pending welcome email");
        Assert.That(sender.Sent.Single().Message.To, Is.EqualTo("ada@example.org"));
        await Wait.UntilAsync(async () => (await after.MessagesAsync()).Single().DeliveredAt is not null, "the delivery to be recorded");
    }
}
