namespace Festival.Application.Reminders;

/// <summary>
/// One run of the reminder job for the current season: each reminder that has come due (<see cref="ReminderSlots"/>)
/// and that no run has claimed is claimed and its emails are queued in the outbox, in one transaction. Any number of
/// runs, on any number of instances, send each reminder once per account.
/// </summary>
public sealed record SendRemindersCommand : IRequest<Result<RemindersSent>>, ITransactionalRequest;

/// <summary>What a run sent: per reminder claimed, how many emails were queued. Empty when nothing was due or another run had it.</summary>
public sealed record RemindersSent(IReadOnlyList<RemindersSentNotification> Reminders);

/// <summary>A reminder was sent: the job, the slot, the season and how many accounts were written to.</summary>
public sealed record RemindersSentNotification(string Job, string Slot, int SeasonId, int Emails, DateTimeOffset At) : INotification;
