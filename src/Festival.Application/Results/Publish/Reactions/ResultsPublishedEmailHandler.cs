using System.Globalization;
using System.Text;
using Festival.Application.Email;
using Festival.Application.Outbox;
using Festival.Application.People.Managed;
using Festival.Application.Profiles;
using Festival.Application.Results.Documents;
using Festival.Domain.Results;

namespace Festival.Application.Results.Publish.Reactions;

/// <summary>
/// After publication each family and teacher gets one email with the results of their entries: the performers' own
/// accounts and their guardians, the account that submitted the entry, and the teacher. Mark, placement, recommendation
/// and the adjudicator's comments are in the body as plain text, and each entry's comment sheet (and certificate, when
/// earned) is attached as a PDF when the email is sent (<see cref="ResultsEmail"/>). Through the outbox, keyed by publication and address,
/// so a retried publication sends nothing twice.
/// </summary>
internal sealed class ResultsPublishedEmailHandler(IResults results, IManagedPeople people, IProfiles profiles, IOutbox outbox)
    : INotificationHandler<ResultsPublishedNotification>
{
    public async Task Handle(ResultsPublishedNotification notification, CancellationToken cancellationToken)
    {
        var lines = await results.LinesAsync(notification.SeasonId, notification.ClassIds, cancellationToken);
        // Every recipient looked up at once: a query or two per entry would hold the write lock for minutes on a large season.
        var accounts = await people.AccountEmailsForManyAsync(
            lines.SelectMany(l => l.PerformerIds).Concat(lines.Where(l => l.TeacherId is not null).Select(l => l.TeacherId!.Value)).ToHashSet(), cancellationToken);
        var submitters = await profiles.PrimaryEmailsAsync(lines.Select(l => l.SubmittedByUserId).OfType<string>().ToHashSet(StringComparer.Ordinal), cancellationToken);
        var families = new Dictionary<string, List<ResultLine>>(StringComparer.OrdinalIgnoreCase);
        var teachers = new Dictionary<string, List<ResultLine>>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in lines)
        {
            var family = new List<string>();
            foreach (var performer in line.PerformerIds)
            {
                family.AddRange(accounts.GetValueOrDefault(performer) ?? []);
            }

            if (line.SubmittedByUserId is { } submitter && submitters.TryGetValue(submitter, out var email))
            {
                family.Add(email);
            }

            foreach (var to in family.Distinct(StringComparer.OrdinalIgnoreCase))
            {
                Add(families, to, line);
            }

            if (line.TeacherId is { } teacher)
            {
                foreach (var to in accounts.GetValueOrDefault(teacher) ?? [])
                {
                    Add(teachers, to, line);
                }
            }
        }

        var publication = Key(notification);
        var emails = new List<(ResultsEmail, string)>();
        foreach (var to in families.Keys.Union(teachers.Keys, StringComparer.OrdinalIgnoreCase))
        {
            var own = families.GetValueOrDefault(to) ?? [];
            var ownSet = own.ToHashSet();
            var students = (teachers.GetValueOrDefault(to) ?? []).Where(l => !ownSet.Contains(l)).ToList();
            var message = new EmailMessage(to, $"Festival results, {notification.SeasonName}", Body(notification.SeasonName, own, students));
            var entryIds = own.Concat(students).Select(l => l.EntryId).ToList();
            emails.Add((new ResultsEmail(notification.SeasonId, entryIds, message), $"results-published:{publication}:{EmailKeys.Address(to)}"));
        }

        // One check of the keys and one write for all of them, not a query, a savepoint and a SaveChanges per email.
        await outbox.EnqueueManyAsync(emails, cancellationToken);
    }

    private static void Add(Dictionary<string, List<ResultLine>> byRecipient, string to, ResultLine line)
    {
        if (!byRecipient.TryGetValue(to, out var list))
        {
            byRecipient[to] = list = [];
        }

        // Lines are added one at a time, so a line already there is the last one (two addresses that differ only in case).
        if (list.Count == 0 || !list[^1].Equals(line))
        {
            list.Add(line);
        }
    }

    private static string Body(string season, List<ResultLine> own, List<ResultLine> students)
    {
        var text = new StringBuilder();
        text.AppendLine("Hello,").AppendLine().AppendLine(CultureInfo.InvariantCulture, $"The adjudicators' results of the {season} festival are published.")
            .AppendLine("Each entry's comment sheet, and its certificate when it earned one, is attached as a PDF.").AppendLine();
        if (own.Count > 0)
        {
            text.AppendLine("Your entries:").AppendLine();
            foreach (var line in own)
            {
                Describe(text, line);
            }
        }

        if (students.Count > 0)
        {
            text.AppendLine("Your students' entries:").AppendLine();
            foreach (var line in students)
            {
                Describe(text, line);
            }
        }

        return text.AppendLine("The Festival team").ToString();
    }

    /// <summary>Plain text only: whatever an adjudicator typed, markup included, reaches the reader as the characters typed.</summary>
    internal static void Describe(StringBuilder text, ResultLine line)
    {
        text.AppendLine(CultureInfo.InvariantCulture, $"Class {line.ClassCode} {line.ClassName}: {line.PerformerNames}");
        if (line.Pieces.Count > 0)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  Pieces: {string.Join("; ", line.Pieces.Select(p => $"{p.Title} ({p.Composer})"))}");
        }

        if (line.Appearance == Appearance.Scratched)
        {
            text.AppendLine("  Did not perform.").AppendLine();
            return;
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"  Mark: {line.Mark ?? "none"}");
        if (line.Placement is { } placement)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  Placement: {placement.Label()}");
        }

        if (line.Recommendation is { } recommendation)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  Recommended for: {recommendation}");
        }

        if (line.Comments is { } comments)
        {
            text.AppendLine("  Adjudicator's comments:");
            foreach (var row in comments.Split('\n'))
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"    {row.TrimEnd('\r')}");
            }
        }

        text.AppendLine();
    }

    /// <summary>The publication: its season, classes and time (a key must stay short, so the classes are hashed).</summary>
    private static string Key(ResultsPublishedNotification notification) =>
        $"{notification.SeasonId}:{EmailKeys.Hash(string.Join(',', notification.ClassIds) + "@" + notification.At.UtcTicks.ToString(System.Globalization.CultureInfo.InvariantCulture))}";
}
