using System.Globalization;
using System.Text;
using Festival.Application.Accounts;
using Festival.Application.Email;
using Festival.Application.Outbox;
using Festival.Application.Scheduling.Timetable;
using Festival.Application.Scheduling.View;
using Festival.Application.Seasons;
using Microsoft.Extensions.Options;

namespace Festival.Application.Scheduling.Publish.Reactions;

/// <summary>
/// After a published schedule changes, only the addresses that hear about a moved class part (its entries' people as
/// <see cref="TimetableReaders"/> finds them, and the adjudicators of the sessions it left and joined) get one email
/// each, saying only what changed for them: moved from → to, newly scheduled, no longer scheduled, or a new
/// performance order. Through the outbox, keyed by the change and the address.
/// </summary>
internal sealed class TimetableChangedEmailHandler(
    ISeasons seasons, IScheduleStore store, ITimetableAddresses addresses, IOutbox outbox, IOptions<AccountOptions> accounts, TimeProvider clock)
    : INotificationHandler<ScheduleChangedNotification>
{
    public async Task Handle(ScheduleChangedNotification notification, CancellationToken cancellationToken)
    {
        if (await TimetableEmails.LoadAsync(seasons, store, notification.SeasonId, cancellationToken) is not (var season, var data, var schedule))
        {
            return;
        }

        var published = await store.LatestPublicationAsync(season.Id, cancellationToken) is { } publication
            ? SchedulePublishing.Read(publication).ToDictionary(p => (p.ClassId, p.Part))
            : [];
        var sessions = schedule.Sessions.ToDictionary(s => s.Id);
        var placed = schedule.Sessions.SelectMany(s => s.Classes).ToDictionary(c => (c.ClassId, c.Part));
        var names = data.Classes.ToDictionary(c => c.Id, c => c.Name);
        var changes = notification.Moves.Select(move =>
        {
            var before = published.GetValueOrDefault((move.ClassId, move.Part));
            var now = placed.GetValueOrDefault((move.ClassId, move.Part));
            HashSet<int> entries = [.. before?.EntryOrder ?? [], .. now?.Entries.Select(e => e.EntryId) ?? []];
            HashSet<int> judges = [.. new[] { move.FromSessionId, move.ToSessionId }.OfType<int>().Select(id => sessions.GetValueOrDefault(id)?.Adjudicator?.Id).OfType<int>()];
            var partCount = now?.PartCount ?? before?.PartCount ?? 1;
            var label = $"{move.Code}{(partCount > 1 ? $" part {move.Part}/{partCount}" : string.Empty)} {names.GetValueOrDefault(move.ClassId)}";
            return (Entries: entries, Judges: judges, Text: Describe(move, label, now, sessions));
        }).ToList();

        var readers = await TimetableReaders.ForAsync(
            data, changes.SelectMany(c => c.Entries), changes.SelectMany(c => c.Judges), addresses, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime),
            cancellationToken);
        var change = EmailKeys.Hash(string.Join(',', notification.Moves.Select(m => $"{m.ClassId}/{m.Part}")) + "@" + notification.At.UtcTicks.ToString(CultureInfo.InvariantCulture));
        var emails = new List<(EmailMessage, string)>();
        foreach (var reader in readers)
        {
            var theirs = changes.Where(c => c.Entries.Overlaps(reader.EntryIds) || c.Judges.Overlaps(reader.Own)).Select(c => c.Text).ToList();
            if (theirs.Count == 0)
            {
                continue;
            }

            var message = new EmailMessage(reader.Email, $"Your festival timetable changed, {season.Name}", Body(season.Name, theirs));
            emails.Add((message, $"timetable-changed:{season.Id}:{notification.PublishedVersion}:{change}:{EmailKeys.Address(reader.Email)}"));
        }

        await outbox.EnqueueManyAsync(emails, cancellationToken);
    }

    private static string Describe(ScheduleMove move, string label, ScheduledClassView? now, Dictionary<int, SessionView> sessions)
    {
        string Place(int? sessionId, TimeOnly? start, TimeOnly? end) =>
            sessionId is { } id && sessions.TryGetValue(id, out var session)
                ? $"{TimetableEmails.Day(session.Date)}, {TimetableEmails.Time(start!.Value)}{(end is { } e ? $"–{TimetableEmails.Time(e)}" : string.Empty)}, {session.Venue}, {session.Room}"
                : $"{TimetableEmails.Time(start!.Value)} in a session that no longer exists";

        var to = move.ToSessionId is null ? null : Place(move.ToSessionId, move.ToStart, now?.End);
        return move switch
        {
            { OrderChanged: true } => $"- {label}: the performance order changed ({to})",
            { FromSessionId: null } => $"- {label}: new, {to}",
            { ToSessionId: null } => $"- {label}: no longer scheduled (it was {Place(move.FromSessionId, move.FromStart, null)})",
            _ => $"- {label}: moved from {Place(move.FromSessionId, move.FromStart, null)} to {to}",
        };
    }

    private string Body(string season, IReadOnlyList<string> changes)
    {
        var text = new StringBuilder();
        text.AppendLine("Hello,").AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"The published timetable of the {season} festival changed where it concerns you:").AppendLine();
        foreach (var change in changes)
        {
            text.AppendLine(change);
        }

        return text.AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"Your whole timetable is on your Entries page: {TimetableEmails.Page(accounts.Value.PublicBaseUrl)}")
            .AppendLine("Calendars subscribed to your timetable feed follow the change by themselves.").AppendLine()
            .AppendLine(TimetableEmails.Signature).ToString();
    }
}
