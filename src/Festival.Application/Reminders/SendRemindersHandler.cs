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

            var emails = due.Job == ReminderSlots.Basket
                ? await BasketsAsync(season, due, cancellationToken)
                : await BalancesAsync(season, due, cancellationToken);
            var notification = new RemindersSentNotification(due.Job, due.Slot, season.Id, emails, now);
            await mediator.Publish(notification, cancellationToken);
            sent.Add(notification);
        }

        return Result<RemindersSent>.Success(new RemindersSent(sent));
    }

    private async Task<int> BasketsAsync(Season season, ReminderSlot due, CancellationToken cancellationToken)
    {
        var accounts = await reminders.UnsubmittedBasketsAsync(season.Id, cancellationToken);
        foreach (var account in accounts)
        {
            var message = new EmailMessage(
                account.Email,
                $"Your {season.Name} festival entries are not submitted yet",
                $"""
                Hello {account.Name ?? account.Email},

                Your basket holds {account.Items} {(account.Items == 1 ? "entry" : "entries")} for the {season.Name} season that {(account.Items == 1 ? "is" : "are")} not submitted yet.
                Entries close on {season.EntriesCloseAt!.Value.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC. Submit them on your Entries page:
                {Link("/Entries")}

                The Festival team
                """);
            await outbox.EnqueueAsync(message, Key(due, account.UserId), cancellationToken);
        }

        return accounts.Count;
    }

    private async Task<int> BalancesAsync(Season season, ReminderSlot due, CancellationToken cancellationToken)
    {
        var payers = await reminders.BalancesAsync(season.Id, cancellationToken);
        foreach (var payer in payers)
        {
            var message = new EmailMessage(
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
            await outbox.EnqueueAsync(message, Key(due, payer.UserId), cancellationToken);
        }

        return payers.Count;
    }

    /// <summary>Once per account per slot, even if the claim were somehow taken twice.</summary>
    private static string Key(ReminderSlot due, string userId) => $"{due.Job}:{due.Slot}:{userId}";

    private string Link(string path) => new Uri(accounts.Value.PublicBaseUrl, path).ToString();
}
