using System.Globalization;
using Festival.Application.Email;
using Festival.Application.Outbox;
using Festival.Application.People.Managed;
using Festival.Application.Profiles;

namespace Festival.Application.Entries.Submit.Reactions;

/// <summary>
/// After a submission: the submitter gets a confirmation listing the entries and what they cost, and each teacher named
/// gets a notice of the entries naming them. Both through the outbox, so a rolled-back submission sends nothing.
/// </summary>
internal sealed class EntriesSubmittedEmailHandler(IOnlineEntries entries, IProfiles profiles, IManagedPeople people, IOutbox outbox)
    : INotificationHandler<EntriesSubmittedNotification>
{
    public async Task Handle(EntriesSubmittedNotification notification, CancellationToken cancellationToken)
    {
        var lines = await entries.DescribeAsync(notification.EntryIds, cancellationToken);
        var key = $"{notification.SeasonId}:{string.Join('-', notification.EntryIds)}";
        if (await profiles.FindPrimaryAsync(notification.UserId, cancellationToken) is { } submitter)
        {
            var confirmation = new EmailMessage(
                submitter.Email,
                $"Your festival entries for {notification.SeasonName}",
                $"""
                Hello {submitter.DisplayName ?? submitter.Email},

                We received these entries for the {notification.SeasonName} season:

                {string.Join(Environment.NewLine, lines.Select(Describe))}

                Total: {Money(notification.TotalCents)}{(notification.Late ? " (late entries include the late surcharge)" : string.Empty)}

                Your entries and your invoice are on your Entries page. You can change or withdraw an entry there until the entry deadline.

                The Festival team
                """);
            await outbox.EnqueueAsync(confirmation, $"entries-submitted:{key}", cancellationToken);
        }

        foreach (var group in lines.Where(l => l.TeacherId is not null).GroupBy(l => l.TeacherId!.Value))
        {
            foreach (var to in await people.AccountEmailsForAsync(group.Key, cancellationToken))
            {
                var notice = new EmailMessage(
                    to,
                    $"Your students entered the {notification.SeasonName} festival",
                    $"""
                    Hello {group.First().Teacher},

                    These entries name you as teacher:

                    {string.Join(Environment.NewLine, group.Select(Describe))}

                    You see every entry of your students on your Entries page.

                    The Festival team
                    """);
                await outbox.EnqueueAsync(notice, $"teacher-notice:{key}:{to}", cancellationToken);
            }
        }
    }

    internal static string Describe(EntryLine line) =>
        $"- Class {line.ClassCode} {line.ClassName}: {string.Join(", ", line.Performers)}; "
        + string.Join("; ", line.Pieces.Select(p => $"{p.Title} ({p.Composer}, {EntryRules.Clock(p.DurationSeconds)})"))
        + $" — {Money(line.TotalCents)}";

    internal static string Money(long cents) => (cents / 100m).ToString("0.00", CultureInfo.InvariantCulture);
}
