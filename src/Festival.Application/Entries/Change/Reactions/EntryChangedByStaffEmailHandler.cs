using Festival.Application.Email;
using Festival.Application.Entries.Submit.Reactions;
using Festival.Application.Outbox;
using Festival.Application.Profiles;

namespace Festival.Application.Entries.Change.Reactions;

/// <summary>
/// When festival staff change an entry, its submitter is told what changed and how the entry reads now, through the
/// outbox, so a rolled-back change sends nothing.
/// </summary>
internal sealed class EntryChangedByStaffEmailHandler(IOnlineEntries entries, IProfiles profiles, IOutbox outbox)
    : INotificationHandler<EntryChangedByStaffNotification>
{
    public async Task Handle(EntryChangedByStaffNotification notification, CancellationToken cancellationToken)
    {
        if (await profiles.FindPrimaryAsync(notification.SubmittedByUserId, cancellationToken) is not { } submitter)
        {
            return;
        }

        var lines = await entries.DescribeAsync([notification.EntryId], cancellationToken);
        var message = new EmailMessage(
            submitter.Email,
            $"The festival office changed your entry for {notification.SeasonName}",
            $"""
            Hello {submitter.DisplayName ?? submitter.Email},

            The festival office changed the {string.Join(", ", notification.Changes).ToLowerInvariant()} of one of your entries. It now reads:

            {string.Join(Environment.NewLine, lines.Select(EntriesSubmittedEmailHandler.Describe))}

            Your entries are on your Entries page. If this is not what you expected, reply to this email.

            The Festival team
            """);
        await outbox.EnqueueAsync(message, $"entry-changed-by-staff:{notification.EntryId}:{notification.At.UtcTicks}", cancellationToken);
    }
}
