using System.Globalization;
using Festival.Domain.Seasons;

namespace Festival.Application.Reminders;

/// <summary>A reminder that has come due: the job, its slot (what makes it once-only), and when it became due.</summary>
public sealed record ReminderSlot(string Job, string Slot, DateTimeOffset DueAt);

/// <summary>
/// Which reminders are due for a season at a moment. Pure. A slot is named after the season and the deadline it is
/// about, so each is sent once; if staff move the deadline, the new deadline is a new slot and is reminded again.
/// </summary>
public static class ReminderSlots
{
    public const string Basket = "basket-reminder";
    public const string Balance = "balance-reminder";

    public static IReadOnlyList<ReminderSlot> Due(Season season, DateTimeOffset now, ReminderOptions options)
    {
        ArgumentNullException.ThrowIfNull(season);
        ArgumentNullException.ThrowIfNull(options);
        if (season.EntriesCloseAt is not { } close)
        {
            return [];
        }

        var due = new List<ReminderSlot>();
        var slot = $"{season.Id}:{close.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture)}";

        // A basket reminder after the deadline would only tell people what they can no longer do.
        var basketDue = close - options.BeforeDeadline;
        if (now >= basketDue && now < close)
        {
            due.Add(new ReminderSlot(Basket, slot, basketDue));
        }

        var balanceDue = close + options.AfterDeadline;
        if (options.AfterDeadline > TimeSpan.Zero && now >= balanceDue)
        {
            due.Add(new ReminderSlot(Balance, slot, balanceDue));
        }

        return due;
    }
}
