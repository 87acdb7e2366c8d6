using Festival.Application.Reminders;
using Festival.Domain.Seasons;

namespace Festival.Application.Tests.Reminders;

/// <summary>When each reminder is due, in isolation: the basket reminder in the lead time before the deadline, the balance reminder after it.</summary>
public sealed class ReminderSlotsTests
{
    private static readonly DateTimeOffset Close = new(2027, 2, 1, 23, 59, 0, TimeSpan.Zero);
    private static readonly ReminderOptions Options = new() { BeforeDeadline = TimeSpan.FromDays(3), AfterDeadline = TimeSpan.FromDays(7) };

    private static Season Season(DateTimeOffset? close)
    {
        var season = new Season("2027", "Festival", new DateOnly(2027, 1, 1), Close.AddMonths(-3));
        season.SetDates(null, null, null, close);
        return season;
    }

    private static string[] JobsAt(DateTimeOffset now, DateTimeOffset? close = null, ReminderOptions? options = null) =>
        [.. ReminderSlots.Due(Season(close ?? Close), now, options ?? Options).Select(d => d.Job)];

    [Test]
    public void Nothing_is_due_before_the_lead_time() => Assert.That(JobsAt(Close.AddDays(-3).AddMinutes(-1)), Is.Empty);

    [Test]
    public void The_basket_reminder_is_due_from_the_lead_time_until_the_deadline()
    {
        Assert.That(JobsAt(Close.AddDays(-3)), Is.EqualTo(new[] { ReminderSlots.Basket }));
        Assert.That(JobsAt(Close.AddMinutes(-1)), Is.EqualTo(new[] { ReminderSlots.Basket }));
        Assert.That(JobsAt(Close), Is.Empty, "after the deadline a basket can no longer be submitted");
    }

    [Test]
    public void The_balance_reminder_is_due_after_the_deadline_plus_the_configured_delay_and_stays_due()
    {
        Assert.That(JobsAt(Close.AddDays(7).AddMinutes(-1)), Is.Empty);
        Assert.That(JobsAt(Close.AddDays(7)), Is.EqualTo(new[] { ReminderSlots.Balance }));
        Assert.That(JobsAt(Close.AddDays(40)), Is.EqualTo(new[] { ReminderSlots.Balance }), "a run that was down when it fell due still sends it");
        Assert.That(JobsAt(Close.AddDays(40), options: new ReminderOptions { AfterDeadline = TimeSpan.Zero }), Is.Empty, "zero turns it off");
    }

    [Test]
    public void A_season_without_a_deadline_has_no_reminders() =>
        Assert.That(ReminderSlots.Due(new Season("2027", "Festival", new DateOnly(2027, 1, 1), Close), Close, Options), Is.Empty);

    [Test]
    public void Both_reminders_of_one_deadline_share_its_slot_and_a_moved_deadline_is_a_new_slot()
    {
        var basket = ReminderSlots.Due(Season(Close), Close.AddDays(-1), Options).Single();
        var moved = ReminderSlots.Due(Season(Close.AddDays(2)), Close.AddDays(-1), Options).Single();

        Assert.That(basket.Slot, Does.EndWith(":2027-02-01T23:59:00Z"));
        Assert.That(moved.Slot, Is.Not.EqualTo(basket.Slot));
    }
}
