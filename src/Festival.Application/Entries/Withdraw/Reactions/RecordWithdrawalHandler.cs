using Festival.Domain.Entries;

namespace Festival.Application.Entries.Withdraw.Reactions;

/// <summary>Keeps what a withdrawn entry was (its performers by name, payer, cost), so staff still see it after it is gone.</summary>
internal sealed class RecordWithdrawalHandler(IOnlineEntries entries) : INotificationHandler<EntryWithdrawnNotification>
{
    public async Task Handle(EntryWithdrawnNotification notification, CancellationToken cancellationToken)
    {
        await entries.AddWithdrawalAsync(
            new EntryWithdrawal(
                notification.EntryId, notification.SeasonId, notification.ClassId, await PerformersAsync(notification.ParticipantKey, cancellationToken),
                notification.SubmittedByUserId, notification.WithdrawnByUserId, notification.ByStaff, notification.TotalCents, notification.At),
            cancellationToken);
    }

    /// <summary>The names behind a participant key: <c>g:12</c> is a group, <c>p:3,9</c> are people.</summary>
    private async Task<string> PerformersAsync(string participantKey, CancellationToken cancellationToken)
    {
        var ids = participantKey[2..].Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(id => int.Parse(id, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        if (participantKey.StartsWith("g:", StringComparison.Ordinal))
        {
            return (await entries.FindGroupAsync(ids[0], cancellationToken))?.Name ?? participantKey;
        }

        return string.Join(", ", (await entries.FindPeopleAsync(ids, cancellationToken)).Select(p => p.Name));
    }
}
