using System.Globalization;
using System.Text;
using Festival.Application.Accounts;
using Festival.Application.Email;
using Festival.Application.Outbox;
using Festival.Application.Scheduling.Timetable;
using Festival.Application.Seasons;
using Festival.Domain.Scheduling;
using Microsoft.Extensions.Options;

namespace Festival.Application.Scheduling.Publish.Reactions;

/// <summary>
/// After publishing, each address with a part in the schedule (see <see cref="TimetableReaders"/>) gets one email with
/// its personal timetable: every line it may see (a family's children together, a teacher's students), the link to the
/// timetable page and to the feed of each of its people (made now for those who have none), and the lines as an
/// attached <c>timetable.ics</c>, written when sent (<see cref="TimetableEmail"/>). Through the outbox, keyed by season,
/// version and address, so a retried publication sends nothing twice.
/// </summary>
internal sealed class TimetablePublishedEmailHandler(
    ISeasons seasons, IScheduleStore store, ITimetableAddresses addresses, ITimetableFeeds feeds, IOutbox outbox, IOptions<AccountOptions> accounts,
    TimeProvider clock)
    : INotificationHandler<SchedulePublishedNotification>
{
    public async Task Handle(SchedulePublishedNotification notification, CancellationToken cancellationToken)
    {
        if (await TimetableEmails.LoadAsync(seasons, store, notification.SeasonId, cancellationToken) is not (var season, var data, var schedule))
        {
            return;
        }

        var now = clock.GetUtcNow();
        var readers = await TimetableReaders.ForAsync(
            data,
            schedule.Sessions.SelectMany(s => s.Classes).SelectMany(c => c.Entries).Select(e => e.EntryId),
            schedule.Sessions.Where(s => s.Classes.Count > 0).Select(s => s.Adjudicator?.Id).OfType<int>(),
            addresses,
            DateOnly.FromDateTime(now.UtcDateTime),
            cancellationToken);
        var tokens = await TokensAsync([.. readers.SelectMany(r => r.Feeds).Distinct()], now, cancellationToken);
        var names = await store.PersonNamesAsync(tokens.Keys, cancellationToken);
        var index = new TimetableIndex(schedule);
        var emails = new List<(TimetableEmail, string)>();
        foreach (var reader in readers)
        {
            var lines = reader.Lines(index);
            if (lines.Count == 0)
            {
                continue;
            }

            var feedLinks = reader.Feeds.Order().Select(id => $"  {names.GetValueOrDefault(id) ?? $"#{id}"}: {TimetableEmails.Feed(accounts.Value.PublicBaseUrl, tokens[id])}");
            var email = new EmailMessage(reader.Email, $"Your festival timetable, {season.Name}", Body(season.Name, lines, [.. feedLinks]));
            var message = new TimetableEmail(season.FestivalName, $"{season.Name} timetable", lines, notification.At, email);
            emails.Add((message, $"timetable-published:{season.Id}:{notification.Version}:{EmailKeys.Address(reader.Email)}"));
        }

        // One key check and one write for every address, inside the publishing transaction.
        await outbox.EnqueueManyAsync(emails, cancellationToken);
    }

    /// <summary>The feed token of each person, making one (as the timetable page's "New link" does) for those without.</summary>
    private async Task<Dictionary<int, string>> TokensAsync(IReadOnlyCollection<int> personIds, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var tokens = (await feeds.ForPeopleAsync(personIds, cancellationToken)).ToDictionary(f => f.PersonId, f => f.Token);
        var missing = personIds.Where(id => !tokens.ContainsKey(id)).ToList();
        foreach (var id in missing)
        {
            var feed = new TimetableFeed(id, RenewTimetableFeedHandler.NewToken(), now);
            feeds.Add(feed);
            tokens[id] = feed.Token;
        }

        if (missing.Count > 0)
        {
            await feeds.SaveAsync(cancellationToken);
        }

        return tokens;
    }

    private string Body(string season, IReadOnlyList<TimetableLine> lines, IReadOnlyList<string> feedLinks)
    {
        var text = new StringBuilder();
        text.AppendLine("Hello,").AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"The timetable of the {season} festival is published. Your times (each class's start and end):").AppendLine();
        foreach (var line in lines)
        {
            text.AppendLine(TimetableEmails.Line(line));
        }

        text.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"Your timetable is always on your Entries page: {TimetableEmails.Page(accounts.Value.PublicBaseUrl)}");
        if (feedLinks.Count > 0)
        {
            text.AppendLine("To keep it in a calendar app, which follows later changes, subscribe to:");
            foreach (var link in feedLinks)
            {
                text.AppendLine(link);
            }
        }

        return text.AppendLine("The attached timetable.ics holds these times for a calendar app.").AppendLine()
            .AppendLine("We will write again if your times change.").AppendLine().AppendLine(TimetableEmails.Signature).ToString();
    }
}
