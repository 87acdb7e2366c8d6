using Festival.Application.People.Reactions;
using Festival.Application.Scheduling.Timetable;
using Festival.Application.Scheduling.View;
using Festival.Domain.Entries;
using Festival.Domain.People;

namespace Festival.Application.Scheduling.Publish.Reactions;

/// <summary>
/// One address that hears about the timetable, and what it may see: <see cref="EntryIds"/> (as its account's timetable
/// page would list them), those of them it hears about as teacher (<see cref="Taught"/>), its family (<see cref="Family"/>:
/// its own people and their children, whose performances are theirs), its own people (<see cref="Own"/>: whose sessions it
/// adjudicates) and the people whose feed address it is given (<see cref="Feeds"/>).
/// </summary>
internal sealed class TimetableReader(string email)
{
    public string Email { get; } = email;

    public HashSet<int> EntryIds { get; } = [];

    public HashSet<int> Taught { get; } = [];

    public HashSet<int> Family { get; } = [];

    public HashSet<int> Own { get; } = [];

    public HashSet<int> Feeds { get; } = [];

    /// <summary>The reader's lines of the indexed schedule, picked and named as the timetable page and the feeds do.</summary>
    public IReadOnlyList<TimetableLine> Lines(TimetableIndex schedule) => schedule.Lines(EntryIds, Role, Own);

    private string? Role(ScheduledEntryView entry) =>
        !EntryIds.Contains(entry.EntryId) ? null
        : PersonalTimetables.Role(entry, Family) is var role && role != PersonalTimetables.EntryRole ? role
        : Taught.Contains(entry.EntryId) ? "Teacher"
        : role;
}

internal static class TimetableReaders
{
    /// <summary>
    /// Who hears about <paramref name="entryIds"/> and about the sessions of <paramref name="adjudicatorIds"/>, one reader
    /// per address (case ignored): each performer's and group member's own address and those of their guardians and
    /// teachers by accepted link, the entry's teacher's and accompanist's own, the account that submitted it, and each
    /// adjudicator's own. These are the entries the accounts see on their timetable page, plus those of a group's
    /// contacts and conductors.
    /// </summary>
    public static async Task<IReadOnlyList<TimetableReader>> ForAsync(
        SeasonScheduleData data, IEnumerable<int> entryIds, IEnumerable<int> adjudicatorIds, ITimetableAddresses addresses, DateOnly today,
        CancellationToken cancellationToken)
    {
        var wanted = entryIds.ToHashSet();
        var entries = data.Entries.Where(e => wanted.Contains(e.Id)).ToList();
        var groups = data.Groups.ToDictionary(g => g.Id);
        var judges = adjudicatorIds.ToHashSet();
        Group? GroupOf(Entry entry) => entry.GroupId is { } id ? groups.GetValueOrDefault(id) : null;
        IEnumerable<int> Members(Entry entry) => GroupOf(entry) is { } group ? group.Members.Select(m => m.PersonId) : entry.Participants.Select(p => p.PersonId);
        IEnumerable<int> Performers(Entry entry) => GroupOf(entry) is { } group
            ? group.Members.Where(m => m.Kind == GroupMemberKind.Performer).Select(m => m.PersonId)
            : entry.Participants.Select(p => p.PersonId);
        IEnumerable<int> Helpers(Entry entry) => new[] { entry.TeacherId, entry.AccompanistId }.OfType<int>();

        // The people who have events in their own feed (GetTimetableFeedQuery): a group's contact or conductor who does not perform has none.
        var feedPeople = entries.SelectMany(e => Performers(e).Concat(Helpers(e))).Concat(judges).ToHashSet();
        var found = await addresses.ForPeopleAsync(
            [.. entries.SelectMany(e => Members(e).Concat(Helpers(e))).Concat(judges).Distinct()], today.AddYears(-LinkImportedPeopleHandler.AdultAge), cancellationToken);
        var byPerson = found.ToLookup(a => a.PersonId);
        var accounts = await addresses.ForAccountsAsync([.. entries.Select(e => e.SubmittedByUserId).OfType<string>().Distinct()], cancellationToken);

        var readers = new Dictionary<string, TimetableReader>(StringComparer.OrdinalIgnoreCase);
        TimetableReader Reader(string email) => readers.TryGetValue(email, out var reader) ? reader : readers[email] = new TimetableReader(email);
        void Hear(PersonAddress address, int? entryId, bool teaches)
        {
            var reader = Reader(address.Email);
            if (entryId is { } id)
            {
                reader.EntryIds.Add(id);
                if (teaches)
                {
                    reader.Taught.Add(id);
                }
            }

            if (address.Link is not PersonLinkKind.Teacher)
            {
                reader.Family.Add(address.PersonId);
            }

            if (address.Link is null)
            {
                reader.Own.Add(address.PersonId);
            }

            // A family gets its children's feeds; a teacher's own feed already holds the entries they teach.
            if (address.Link is not PersonLinkKind.Teacher && feedPeople.Contains(address.PersonId))
            {
                reader.Feeds.Add(address.PersonId);
            }
        }

        foreach (var entry in entries)
        {
            foreach (var address in Members(entry).SelectMany(p => byPerson[p]))
            {
                Hear(address, entry.Id, address.Link is PersonLinkKind.Teacher);
            }

            foreach (var address in Helpers(entry).SelectMany(p => byPerson[p]).Where(a => a.Link is null))
            {
                Hear(address, entry.Id, address.PersonId == entry.TeacherId);
            }

            if (entry.SubmittedByUserId is { } submitter && accounts.TryGetValue(submitter, out var email))
            {
                Reader(email).EntryIds.Add(entry.Id);
            }
        }

        foreach (var address in judges.SelectMany(p => byPerson[p]).Where(a => a.Link is null))
        {
            Hear(address, null, teaches: false);
        }

        return [.. readers.Values.OrderBy(r => r.Email, StringComparer.OrdinalIgnoreCase)];
    }
}
