using Festival.Application.Accounts.Register;
using Festival.Application.Entries;
using Festival.Application.Entries.Basket;
using Festival.Application.Entries.Submit;
using Festival.Application.Invoices;
using Festival.Application.People.Managed;
using Festival.Application.Reminders;
using Festival.Application.Seasons.Fees;
using Festival.Application.Seasons.Create;
using Festival.Domain.Invoices;
using Festival.Domain.Seasons;
using Festival.Domain.Syllabus;
using Microsoft.Extensions.Time.Testing;

namespace Festival.Infrastructure.Tests.Reminders;

/// <summary>
/// The reminder job on a real SQLite file: who is reminded (an unsubmitted basket before the deadline, a balance after
/// it), and that each reminder goes out once however many runs race for it and after a restart.
/// </summary>
public sealed class ReminderJobTests
{
    private static readonly DateTimeOffset Start = new(2027, 1, 10, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Close = Start.AddDays(10);
    private TestDatabase _database = null!;
    private FakeTimeProvider _clock = null!;
    private ServiceProvider _services = null!;
    private Dictionary<string, string> _users = null!;

    [SetUp]
    public async Task CreateFestival()
    {
        _database = new TestDatabase();
        _clock = new FakeTimeProvider(Start);
        _services = Container(_database, _clock);
        await _services.InitializeDatabaseAsync();
        await Send(new CreateSeasonCommand("2027", new DateOnly(2027, 1, 1), EntriesCloseAt: Close));
        var classId = await Db(async db =>
        {
            var seasonId = await db.Seasons.Select(s => s.Id).SingleAsync();
            var festivalClass = new FestivalClass(seasonId, 2105, "", "Piano Solo", Start);
            festivalClass.Update(new ClassDetails("Piano Solo", "Piano", "Junior", ClassType.Solo, 20m, 240, 60, null, null, null), Start);
            db.Classes.Add(festivalClass);
            await db.SaveChangesAsync();
            return festivalClass.Id;
        });

        _users = new();
        foreach (var who in new[] { "basket", "owes", "paid", "nothing" })
        {
            var user = await Send(new RegisterUserCommand($"{who}@example.org", "Festival-2026", who));
            _users[who] = user.Value;
            if (who == "nothing")
            {
                continue;
            }

            var child = await Send(new AddManagedPersonCommand(user.Value, Relationship.Child, $"Child {who}", new DateOnly(2016, 1, 1)));
            var added = await Send(new AddToBasketCommand(user.Value, new EntryDraft(classId, [child.Value], [new PieceDraft("Minuet", "Bach", "2:00")])));
            Assert.That(added.Succeeded, Is.True, added.ToString());
            if (who != "basket")
            {
                Assert.That((await Send(new SubmitEntriesCommand(user.Value))).Succeeded, Is.True);
            }
        }

        var paidInvoice = await Db(db => db.Invoices.Where(i => i.PayerUserId == _users["paid"]).Select(i => i.Number).SingleAsync());
        var paid = await Send(new RecordPaymentCommand(paidInvoice, 2000, PaymentMethod.Cheque, "CHQ 1", new DateOnly(2027, 1, 11)));
        var owesInvoice = await Db(db => db.Invoices.Where(i => i.PayerUserId == _users["owes"]).Select(i => i.Number).SingleAsync());
        var part = await Send(new RecordPaymentCommand(owesInvoice, 500, PaymentMethod.Cash, "R-1", new DateOnly(2027, 1, 11)));
        Assert.That(paid.Succeeded && part.Succeeded, Is.True);
    }

    [TearDown]
    public async Task Stop()
    {
        await _services.DisposeAsync();
        _database.Dispose();
    }

    private static ServiceProvider Container(TestDatabase database, FakeTimeProvider clock) =>
        FestivalTestServices.Create(database, s => s.AddSingleton<TimeProvider>(clock));

    private async Task<T> Send<T>(IRequest<T> request)
    {
        await using var scope = _services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request);
    }

    private async Task<T> Db<T>(Func<FestivalDbContext, Task<T>> work)
    {
        await using var scope = _services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<FestivalDbContext>());
    }

    /// <summary>The accounts a reminder email was queued for, by job.</summary>
    private async Task<string[]> RemindedAsync(string job)
    {
        var keys = await Db(db => db.OutboxMessages.Where(m => m.IdempotencyKey.StartsWith(job + ":")).Select(m => m.IdempotencyKey).ToListAsync());
        return [.. keys.Select(k => _users.Single(u => k.EndsWith(":" + u.Value, StringComparison.Ordinal)).Key).Order()];
    }

    [Test]
    public async Task Before_the_deadline_only_accounts_with_an_unsubmitted_basket_are_reminded()
    {
        _clock.SetUtcNow(Close.AddDays(-5));
        var early = await Send(new SendRemindersCommand());
        _clock.SetUtcNow(Close.AddDays(-2));
        var due = await Send(new SendRemindersCommand());

        Assert.That(early.Value.Reminders, Is.Empty);
        Assert.That(due.Value.Reminders.Single().Emails, Is.EqualTo(1));
        Assert.That(await RemindedAsync(ReminderSlots.Basket), Is.EqualTo(new[] { "basket" }));
        Assert.That(await RemindedAsync(ReminderSlots.Balance), Is.Empty);
    }

    [Test]
    public async Task After_the_deadline_only_payers_with_a_balance_are_reminded_of_it()
    {
        _clock.SetUtcNow(Close.AddDays(8));

        var run = await Send(new SendRemindersCommand());

        Assert.That(run.Value.Reminders.Select(r => r.Job), Is.EqualTo(new[] { ReminderSlots.Balance }));
        Assert.That(await RemindedAsync(ReminderSlots.Balance), Is.EqualTo(new[] { "owes" }));
        var body = await Db(db => db.OutboxMessages.Where(m => m.IdempotencyKey.StartsWith(ReminderSlots.Balance)).Select(m => m.Payload).SingleAsync());
        Assert.That(body, Does.Contain("balance of 15.00"));
        Assert.That(await RemindedAsync(ReminderSlots.Basket), Is.Empty, "no basket reminder once the deadline has passed");
    }

    [Test]
    public async Task The_balance_reminded_is_the_invoice_balance_with_registration_fees_and_credits()
    {
        // A per-payer registration fee of 7.50: "paid" paid only its class fee, so it now owes the fee too.
        var fees = await Send(new SetSeasonFeesCommand(new SeasonFees(750, RegistrationFeeBasis.PerPayer, EntryDiscountKind.None, 0, 0)));
        Assert.That(fees.Succeeded, Is.True, fees.ToString());
        _clock.SetUtcNow(Close.AddDays(8));

        await Send(new SendRemindersCommand());

        Assert.That(await RemindedAsync(ReminderSlots.Balance), Is.EquivalentTo(new[] { "owes", "paid" }));
        var bodies = await Db(db => db.OutboxMessages.Where(m => m.IdempotencyKey.StartsWith(ReminderSlots.Balance)).Select(m => m.Payload).ToListAsync());
        Assert.That(bodies, Has.Some.Contains("balance of 22.50").And.Some.Contains("balance of 7.50"));
    }

    [Test]
    public async Task Two_runs_at_once_send_one_set_of_emails()
    {
        _clock.SetUtcNow(Close.AddDays(-1));

        var runs = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(() => Send(new SendRemindersCommand()))));

        Assert.That(runs.All(r => r.Succeeded), Is.True, string.Join("; ", runs.Select(r => r.ToString())));
        Assert.That(runs.Sum(r => r.Value.Reminders.Count), Is.EqualTo(1), "one run claims the slot");
        Assert.That(await RemindedAsync(ReminderSlots.Basket), Is.EqualTo(new[] { "basket" }));
        Assert.That(await Db(db => db.ScheduledJobRuns.CountAsync()), Is.EqualTo(1));
    }

    [Test]
    public async Task After_a_restart_a_reminder_already_sent_is_not_sent_again()
    {
        _clock.SetUtcNow(Close.AddDays(-1));
        Assert.That((await Send(new SendRemindersCommand())).Value.Reminders, Has.Count.EqualTo(1));
        await _services.DisposeAsync();

        _services = Container(_database, _clock);
        _clock.Advance(TimeSpan.FromHours(2));
        var again = await Send(new SendRemindersCommand());

        Assert.That(again.Value.Reminders, Is.Empty);
        Assert.That(await Db(db => db.OutboxMessages.CountAsync(m => m.IdempotencyKey.StartsWith(ReminderSlots.Basket))), Is.EqualTo(1));
    }
}
