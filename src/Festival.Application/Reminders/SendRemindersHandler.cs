using System.Globalization;
using Festival.Application.Accounts;
using Festival.Application.Email;
using Festival.Application.Outbox;
using Festival.Application.Seasons;
using Festival.Domain.Seasons;
using Microsoft.Extensions.Options;

namespace Festival.Application.Reminders;

internal sealed class SendRemindersHandler(
    ISeasons seasons, IScheduledJobs jobs, IReminders reminders, IOutbox outbox, IMediator mediator, TimeProvider clock,
    IOptions<ReminderOptions> options, IOptions<AccountOptions> accounts)
    : IRequestHandler<SendRemindersCommand, Result<RemindersSent>>
{
    public async Task<Result<RemindersSent>> Handle(SendRemindersCommand request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (await seasons.CurrentAsync(cancellationToken) is not { } season)
        {
            return Result<RemindersSent>.Success(new RemindersSent([]));
        }

        var sent = new List<RemindersSentNotification>();
        foreach (var due in ReminderSlots.Due(season, now, options.Value))
        {
            if (!await jobs.TryClaimAsync(due.Job, due.Slot, now, cancellationToken))
            {
                continue;
            }

            List<(string UserId, EmailMessage Message)> emails = due.Job == ReminderSlots.Basket
                ? [.. (await reminders.UnsubmittedBasketsAsync(season.Id, cancellationToken)).Select(a => (a.UserId, BasketEmail(season, a)))]
                : [.. (await reminders.BalancesAsync(season.Id, cancellationToken)).Select(p => (p.UserId, BalanceEmail(season, p)))];
            foreach (var (userId, message) in emails)
            {
                // Once per account per slot, even if the claim were somehow taken twice.
                await outbox.EnqueueAsync(message, $"{due.Job}:{due.Slot}:{userId}", cancellationToken);
            }

            var notification = new RemindersSentNotification(due.Job, due.Slot, season.Id, emails.Count, now);
            await mediator.Publish(notification, cancellationToken);
            sent.Add(notification);
        }

        return Result<RemindersSent>.Success(new RemindersSent(sent));
    }

    private EmailMessage BasketEmail(Season season, BasketReminder account) => new(
        account.Email,
        $"Your {season.Name} festival entries are not submitted yet",
        $"""
        Hello {account.Name ?? account.Email},

        Your basket holds {account.Items} {(account.Items == 1 ? "entry" : "entries")} for the {season.Name} season that {(account.Items == 1 ? "is" : "are")} not submitted yet.
        Entries close on {season.EntriesCloseAt!.Value.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC. Submit them on your Entries page:
        {Link("/Entries")}

        The Festival team
        """);

    private EmailMessage BalanceEmail(Season season, BalanceReminder payer) => new(
        payer.Email,
        $"Invoice {payer.InvoiceNumber} for the {season.Name} festival has a balance",
        $"""
        Hello {payer.Name ?? payer.Email},

        Invoice {payer.InvoiceNumber} for your {season.Name} entries has a balance of {(payer.BalanceCents / 100m).ToString("0.00", CultureInfo.InvariantCulture)}.
        Your invoice, and how to pay it, is on your Entries page:
        {Link("/Entries/Invoice")}

        If you have paid in the last few days, thank you, and please ignore this message.

        The Festival team
        """);

    private string Link(string path) => new Uri(accounts.Value.PublicBaseUrl, path).ToString();
}
