using System.Data.Common;
using System.Text.Json;
using Festival.Application.Accounts.Register;
using Festival.Application.Email;
using Festival.Application.Outbox;
using Festival.Infrastructure.Outbox;
using Festival.Testing.Email;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Festival.Infrastructure.Tests.Outbox;

/// <summary>The outbox on a real database (a SQLite file, and PostgreSQL): written with the caller's transaction, delivered after it, retried, dead-lettered.</summary>
[TestFixture(DatabaseProvider.Sqlite)]
[TestFixture(DatabaseProvider.PostgreSql)]
public sealed class OutboxTests(DatabaseProvider provider)
{
    private TestDatabase _database = null!;

    [SetUp]
    public void SetUp() => _database = new TestDatabase(provider);

    [TearDown]
    public void TearDown() => _database.Dispose();

    [Test]
    public async Task A_registration_writes_its_welcome_email_to_the_outbox_and_sends_nothing_itself()
    {
        await using var host = await OutboxTestHost.CreateAsync(_database);

        var result = await host.RegisterAsync("ada@example.org", "Ada");

        var message = (await host.MessagesAsync()).Single();
        Assert.That(message.IdempotencyKey, Is.EqualTo($"welcome:{result.Value}"));
        Assert.That(message.Type, Is.EqualTo("Festival.Application.Email.EmailMessage, Festival.Application"));
        Assert.That(message.Payload, Does.Contain("\"to\":\"ada@example.org\""));
        Assert.That(message, Has.Property("Attempts").Zero.And.Property("DeliveredAt").Null.And.Property("CreatedAt").EqualTo(OutboxTestHost.Start));
        Assert.That(host.Sender.Attempts, Is.Zero, "nothing is sent inside the request");
    }

    [Test]
    public async Task A_registration_rolled_back_by_a_throwing_reaction_leaves_no_outbox_message()
    {
        await using var host = await OutboxTestHost.CreateAsync(_database,
            configure: s => s.AddScoped<INotificationHandler<UserRegisteredNotification>, ThrowingHandler>());

        Assert.ThrowsAsync<InvalidOperationException>(() => host.RegisterAsync("ada@example.org"));

        Assert.That(await host.QueryAsync(db => db.OutboxMessages.CountAsync()), Is.Zero);
        Assert.That(await host.QueryAsync(db => db.Users.CountAsync()), Is.Zero);
        Assert.That(await host.Processor.ProcessBatchAsync(CancellationToken.None), Is.Zero);
        Assert.That(host.Sender.Attempts, Is.Zero);
    }

    [Test]
    public async Task Enqueueing_the_same_idempotency_key_twice_stores_one_message()
    {
        await using var host = await OutboxTestHost.CreateAsync(_database);
        var email = new EmailMessage("ada@example.org", "Hi", "Hello");

        await using (var scope = host.Services.CreateAsyncScope())
        {
            var outbox = scope.ServiceProvider.GetRequiredService<IOutbox>();
            var unitOfWork = scope.ServiceProvider.GetRequiredService<IUnitOfWork>();
            await unitOfWork.InTransactionAsync(async () =>
            {
                await outbox.EnqueueAsync(email, "greeting:1", CancellationToken.None);
                await outbox.EnqueueAsync(email with { Subject = "Hi again" }, "greeting:1", CancellationToken.None);
                return Result.Success();
            }, CancellationToken.None);
            await outbox.EnqueueAsync(email, "greeting:1", CancellationToken.None);
        }

        var messages = await host.MessagesAsync();
        Assert.That(messages, Has.Count.EqualTo(1));
        Assert.That(messages[0].Payload, Does.Contain("\"subject\":\"Hi\""), "the first enqueue wins");
    }

    [Test]
    public async Task Messages_enqueued_one_at_a_time_leave_the_change_tracker_once_stored()
    {
        await using var host = await OutboxTestHost.CreateAsync(_database);
        const int count = 200;

        await using (var scope = host.Services.CreateAsyncScope())
        {
            var outbox = scope.ServiceProvider.GetRequiredService<IOutbox>();
            var db = scope.ServiceProvider.GetRequiredService<FestivalDbContext>();
            await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().InTransactionAsync(async () =>
            {
                for (var i = 0; i < count; i++)
                {
                    await outbox.EnqueueAsync(new EmailMessage($"p{i}@example.org", "Hi", "Hello"), $"many:{i}", CancellationToken.None);
                }

                // Every SaveChanges scans what the context tracks: stored rows kept there would make each enqueue slower than the last.
                Assert.That(db.ChangeTracker.Entries<OutboxMessage>().Count(), Is.Zero);
                await outbox.EnqueueAsync(new EmailMessage("again@example.org", "Hi", "Hello"), "many:0", CancellationToken.None);
                return Result.Success();
            }, CancellationToken.None);
        }

        var messages = await host.MessagesAsync();
        Assert.That(messages, Has.Count.EqualTo(count), "an untracked row still counts for its key");
        Assert.That(messages.Single(m => m.IdempotencyKey == "many:0").Payload, Does.Contain("p0@example.org"));
    }

    [Test]
    public async Task A_batch_stores_each_new_key_once_the_first_of_a_repeated_key_wins_and_stored_rows_leave_the_change_tracker()
    {
        await using var host = await OutboxTestHost.CreateAsync(_database);
        var email = new EmailMessage("ada@example.org", "Hi", "Hello");

        await using (var scope = host.Services.CreateAsyncScope())
        {
            var outbox = scope.ServiceProvider.GetRequiredService<IOutbox>();
            var db = scope.ServiceProvider.GetRequiredService<FestivalDbContext>();
            await outbox.EnqueueAsync(email with { Subject = "Already" }, "batch:0", CancellationToken.None);
            await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().InTransactionAsync(async () =>
            {
                await outbox.EnqueueManyAsync(
                    [.. Enumerable.Range(0, 100).Select(i => (email with { Subject = $"Batch {i}" }, $"batch:{i}")), (email with { Subject = "Again" }, "batch:7")],
                    CancellationToken.None);
                Assert.That(db.ChangeTracker.Entries<OutboxMessage>().Count(), Is.Zero);
                return Result.Success();
            }, CancellationToken.None);
            await outbox.EnqueueManyAsync([(email with { Subject = "Retried" }, "batch:1")], CancellationToken.None);
        }

        var messages = (await host.MessagesAsync()).ToDictionary(m => m.IdempotencyKey, m => m.Payload);
        Assert.That(messages, Has.Count.EqualTo(100));
        Assert.That(messages["batch:0"], Does.Contain("\"subject\":\"Already\""), "a key stored before is not queued again");
        Assert.That(messages["batch:7"], Does.Contain("\"subject\":\"Batch 7\""), "the first of a repeated key wins");
        Assert.That(messages["batch:1"], Does.Contain("\"subject\":\"Batch 1\""));
    }

    [Test]
    public async Task A_key_stored_by_another_writer_after_the_batch_checked_is_skipped_and_the_rest_of_the_batch_and_earlier_writes_are_kept()
    {
        var interleave = new WriteOnFirstSavepoint();
        await using var host = await OutboxTestHost.CreateAsync(_database, configure: s =>
        {
            if (provider == DatabaseProvider.Sqlite)
            {
                s.ConfigureDbContext<SqliteFestivalDbContext>(o => o.AddInterceptors(interleave));
            }
            else
            {
                s.ConfigureDbContext<PostgreSqlFestivalDbContext>(o => o.AddInterceptors(interleave));
            }
        });
        var email = new EmailMessage("ada@example.org", "Hi", "Hello");
        // The other writer, between the batch's check of its keys and its write: on the same transaction, as SQLite has one writer.
        interleave.Write = async transaction =>
        {
            await using var scope = host.Services.CreateAsyncScope();
            var other = scope.ServiceProvider.GetRequiredService<FestivalDbContext>();
            other.Database.SetDbConnection(transaction.Connection);
            await other.Database.UseTransactionAsync(transaction);
            other.OutboxMessages.Add(new OutboxMessage(Guid.NewGuid(), OutboxMessageTypes.NameOf(typeof(EmailMessage)),
                JsonSerializer.Serialize(email with { Subject = "Other writer" }, OutboxMessageTypes.Json), "race:1", OutboxTestHost.Start));
            await other.SaveChangesAsync();
        };

        await using (var scope = host.Services.CreateAsyncScope())
        {
            var outbox = scope.ServiceProvider.GetRequiredService<IOutbox>();
            await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().InTransactionAsync(async () =>
            {
                await outbox.EnqueueAsync(email with { Subject = "Earlier" }, "earlier", CancellationToken.None);
                interleave.Armed = true;
                await outbox.EnqueueManyAsync([.. Enumerable.Range(0, 3).Select(i => (email with { Subject = $"Race {i}" }, $"race:{i}"))], CancellationToken.None);
                return Result.Success();
            }, CancellationToken.None);
        }

        var messages = (await host.MessagesAsync()).ToDictionary(m => m.IdempotencyKey, m => m.Payload);
        Assert.That(interleave.Armed, Is.False, "the other writer wrote");
        Assert.That(messages.Keys, Is.EquivalentTo(new[] { "earlier", "race:0", "race:1", "race:2" }));
        Assert.That(messages["race:1"], Does.Contain("Other writer"));
        Assert.That(messages["race:2"], Does.Contain("Race 2"));
    }

    [Test]
    public async Task A_failing_sender_is_retried_with_exponential_backoff_and_the_message_is_delivered_once_it_recovers()
    {
        await using var host = await OutboxTestHost.CreateAsync(_database);
        await host.RegisterAsync("ada@example.org");
        host.Sender.FailNext(2);

        Assert.That(await host.Processor.ProcessBatchAsync(CancellationToken.None), Is.EqualTo(1));
        var first = (await host.MessagesAsync()).Single();
        Assert.That(first, Has.Property("Attempts").EqualTo(1).And.Property("DeliveredAt").Null.And.Property("ClaimToken").Null);
        Assert.That(first.NextAttemptAt, Is.EqualTo(OutboxTestHost.Start.AddSeconds(10)), "BaseDelay after the first failure");
        Assert.That(first.LastError, Is.EqualTo("IOException: The mail server is not answering."));

        Assert.That(await host.Processor.ProcessBatchAsync(CancellationToken.None), Is.Zero, "not due again before its backoff");
        host.Clock.Advance(TimeSpan.FromSeconds(10));
        Assert.That(await host.Processor.ProcessBatchAsync(CancellationToken.None), Is.EqualTo(1));
        var second = (await host.MessagesAsync()).Single();
        Assert.That(second.Attempts, Is.EqualTo(2));
        Assert.That(second.NextAttemptAt, Is.EqualTo(host.Clock.GetUtcNow().AddSeconds(20)), "the backoff doubles");

        host.Clock.Advance(TimeSpan.FromSeconds(19));
        Assert.That(await host.Processor.ProcessBatchAsync(CancellationToken.None), Is.Zero);
        host.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.That(await host.Processor.ProcessBatchAsync(CancellationToken.None), Is.EqualTo(1));

        var delivered = (await host.MessagesAsync()).Single();
        Assert.That(delivered, Has.Property("Attempts").EqualTo(3).And.Property("DeliveredAt").EqualTo(host.Clock.GetUtcNow()));
        Assert.That(host.Sender.Sent.Select(s => s.Message.To), Is.EqualTo(new[] { "ada@example.org" }));
        Assert.That(await host.Processor.ProcessBatchAsync(CancellationToken.None), Is.Zero, "a delivered message is not sent again");
    }

    [Test]
    public void The_backoff_is_capped_at_MaxDelay()
    {
        var options = new OutboxOptions { BaseDelay = TimeSpan.FromSeconds(10), MaxDelay = TimeSpan.FromMinutes(1) };

        Assert.That(Enumerable.Range(1, 6).Select(options.DelayAfter).Select(d => d.TotalSeconds), Is.EqualTo(new[] { 10, 20, 40, 60, 60, 60 }));
        Assert.That(options.DelayAfter(int.MaxValue), Is.EqualTo(TimeSpan.FromMinutes(1)));
    }

    [Test]
    public async Task After_MaxAttempts_failures_the_message_is_dead_lettered_and_the_retry_command_requeues_it()
    {
        await using var host = await OutboxTestHost.CreateAsync(_database);
        var user = await host.RegisterAsync("ada@example.org");
        host.Sender.Down = true;

        for (var attempt = 1; attempt <= 3; attempt++)
        {
            Assert.That(await host.Processor.ProcessBatchAsync(CancellationToken.None), Is.EqualTo(1), $"attempt {attempt}");
            host.Clock.Advance(TimeSpan.FromMinutes(1));
        }

        var dead = (await host.MessagesAsync()).Single();
        Assert.That(dead, Has.Property("Attempts").EqualTo(3).And.Property("DeadLetteredAt").EqualTo(OutboxTestHost.Start.AddMinutes(2)));
        host.Clock.Advance(TimeSpan.FromHours(1));
        Assert.That(await host.Processor.ProcessBatchAsync(CancellationToken.None), Is.Zero, "a dead letter is not tried again by itself");
        Assert.That(host.Sender.Attempts, Is.EqualTo(3));

        var status = await host.SendAsync(new GetOutboxStatusQuery());
        Assert.That(status.Counts, Is.EqualTo(new OutboxCounts(Pending: 0, Delivered: 0, DeadLettered: 1)));
        Assert.That(status.DeadLetters.Items.Single(), Is.EqualTo(new DeadLetter(dead.Id, "EmailMessage", $"welcome:{user.Value}",
            OutboxTestHost.Start, 3, OutboxTestHost.Start.AddMinutes(2), "IOException: The mail server is not answering.")));

        host.Sender.Down = false;
        var retried = await host.SendAsync(new RetryOutboxMessageCommand(dead.Id));

        Assert.That(retried.Succeeded, Is.True, retried.ToString());
        Assert.That((await host.SendAsync(new GetOutboxStatusQuery())).Counts, Is.EqualTo(new OutboxCounts(1, 0, 0)));
        Assert.That(await host.Processor.ProcessBatchAsync(CancellationToken.None), Is.EqualTo(1));
        Assert.That(host.Sender.Sent, Has.Count.EqualTo(1));
        Assert.That((await host.SendAsync(new GetOutboxStatusQuery())).Counts, Is.EqualTo(new OutboxCounts(0, 1, 0)));

        var again = await host.SendAsync(new RetryOutboxMessageCommand(dead.Id));
        Assert.That(again.Errors.Single().Code, Is.EqualTo("dead_letter_not_found"), "only a dead letter can be retried");
    }

    [Test]
    public async Task Due_messages_are_delivered_oldest_first_in_batches()
    {
        await using var host = await OutboxTestHost.CreateAsync(_database);
        for (var i = 0; i < 7; i++)
        {
            await host.RegisterAsync($"user{i}@example.org");
            host.Clock.Advance(TimeSpan.FromSeconds(1));
        }

        Assert.That(await host.Processor.ProcessBatchAsync(CancellationToken.None), Is.EqualTo(5), "BatchSize");
        Assert.That(await host.Processor.ProcessBatchAsync(CancellationToken.None), Is.EqualTo(2));

        Assert.That(host.Sender.Sent.Select(s => s.Message.To), Is.EqualTo(Enumerable.Range(0, 7).Select(i => $"user{i}@example.org")));
    }

    [Test]
    public async Task A_message_claimed_by_a_dispatcher_that_died_is_delivered_once_its_claim_expires()
    {
        await using var host = await OutboxTestHost.CreateAsync(_database);
        await host.RegisterAsync("ada@example.org");
        // What a dispatcher leaves behind when its process is killed mid-delivery.
        var claimedUntil = OutboxTestHost.Start.AddMinutes(5);
        await host.QueryAsync(db => db.OutboxMessages.ExecuteUpdateAsync(s => s
            .SetProperty(m => m.ClaimToken, Guid.NewGuid()).SetProperty(m => m.ClaimedUntil, claimedUntil)));

        Assert.That(await host.Processor.ProcessBatchAsync(CancellationToken.None), Is.Zero, "still claimed");
        host.Clock.Advance(TimeSpan.FromMinutes(5));
        Assert.That(await host.Processor.ProcessBatchAsync(CancellationToken.None), Is.EqualTo(1));

        Assert.That(host.Sender.Sent, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Two_dispatchers_on_one_database_deliver_each_message_exactly_once()
    {
        var sender = new RecordingEmailSender();
        await using var first = await OutboxTestHost.CreateAsync(_database, sender: sender);
        await using var second = await OutboxTestHost.CreateAsync(_database, sender: sender, clock: first.Clock);
        await using (var scope = first.Services.CreateAsyncScope())
        {
            var outbox = scope.ServiceProvider.GetRequiredService<IOutbox>();
            for (var i = 0; i < 40; i++)
            {
                await outbox.EnqueueAsync(new EmailMessage($"user{i}@example.org", "Hi", "Hello"), $"greeting:{i}", CancellationToken.None);
            }
        }

        async Task Drain(OutboxProcessor processor)
        {
            while (await processor.ProcessBatchAsync(CancellationToken.None) > 0)
            {
            }
        }

        await Task.WhenAll(Task.Run(() => Drain(first.Processor)), Task.Run(() => Drain(second.Processor)));

        Assert.That(sender.Sent.Select(s => s.IdempotencyKey), Is.EquivalentTo(Enumerable.Range(0, 40).Select(i => $"greeting:{i}")));
        Assert.That(sender.Attempts, Is.EqualTo(40), "no message was even tried twice");
        Assert.That(await first.QueryAsync(db => db.OutboxMessages.CountAsync(m => m.DeliveredAt != null && m.Attempts == 1)), Is.EqualTo(40));
    }

    [Test]
    public async Task A_dispatcher_that_chose_its_candidates_before_another_delivered_them_does_not_deliver_them_again()
    {
        var sender = new RecordingEmailSender();
        var pause = new PauseBeforeClaim();
        await using var first = await OutboxTestHost.CreateAsync(_database, sender: sender);
        await using var second = await OutboxTestHost.CreateAsync(_database, sender: sender, clock: first.Clock,
            configure: s => _database.ConfigureContext(s, o => o.AddInterceptors(pause)));
        await first.RegisterAsync("ada@example.org");

        var late = Task.Run(() => second.Processor.ProcessBatchAsync(CancellationToken.None));
        await pause.Reached.WaitAsync(TimeSpan.FromSeconds(15));
        Assert.That(await first.Processor.ProcessBatchAsync(CancellationToken.None), Is.EqualTo(1));
        pause.Release();

        Assert.That(await late.WaitAsync(TimeSpan.FromSeconds(15)), Is.Zero, "its claim must re-check that the messages are still due");
        Assert.That(sender.Attempts, Is.EqualTo(1));
    }

    private sealed class ThrowingHandler : INotificationHandler<UserRegisteredNotification>
    {
        public Task Handle(UserRegisteredNotification notification, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("The reaction failed.");
    }
}

/// <summary>Runs <see cref="Write"/> once, when armed, as the next savepoint is created: another writer at that instant.</summary>
internal sealed class WriteOnFirstSavepoint : DbTransactionInterceptor
{
    public volatile bool Armed;

    public Func<DbTransaction, Task> Write { get; set; } = _ => Task.CompletedTask;

    public override async ValueTask<InterceptionResult> CreatingSavepointAsync(DbTransaction transaction, TransactionEventData eventData,
        InterceptionResult result, CancellationToken cancellationToken = default)
    {
        if (Armed)
        {
            Armed = false;
            await Write(transaction);
        }

        return result;
    }
}
