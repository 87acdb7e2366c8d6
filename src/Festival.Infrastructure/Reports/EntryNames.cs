using Festival.Application.Reports;
using Festival.Domain.Entries;
using Festival.Infrastructure.Persistence;

namespace Festival.Infrastructure.Reports;

/// <summary>The names of the people and groups some entries name, looked up in two queries, for the detail pages.</summary>
internal sealed class EntryNames
{
    private readonly Dictionary<int, string> _people;
    private readonly Dictionary<int, string> _groups;

    private EntryNames(Dictionary<int, string> people, Dictionary<int, string> groups)
    {
        _people = people;
        _groups = groups;
    }

    public static async Task<EntryNames> LoadAsync(FestivalDbContext db, IReadOnlyCollection<Entry> entries, CancellationToken cancellationToken)
    {
        var personIds = entries.SelectMany(e => e.Participants.Select(p => p.PersonId))
            .Concat(entries.Where(e => e.TeacherId != null).Select(e => e.TeacherId!.Value))
            .Concat(entries.Where(e => e.AccompanistId != null).Select(e => e.AccompanistId!.Value))
            .Distinct().ToList();
        var groupIds = entries.Where(e => e.GroupId != null).Select(e => e.GroupId!.Value).Distinct().ToList();
        var people = await db.People.AsNoTracking().Where(p => personIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken);
        var groups = await db.Groups.AsNoTracking().Where(g => groupIds.Contains(g.Id)).ToDictionaryAsync(g => g.Id, g => g.Name, cancellationToken);
        return new EntryNames(people, groups);
    }

    public NamedRef? Person(int? id) => id is { } value && _people.TryGetValue(value, out var name) ? new NamedRef(value, name) : null;

    public NamedRef? Group(int? id) => id is { } value && _groups.TryGetValue(value, out var name) ? new NamedRef(value, name) : null;

    public IReadOnlyList<NamedRef> Performers(Entry entry) =>
        [.. entry.Participants.OrderBy(p => p.Position).Select(p => Person(p.PersonId)).OfType<NamedRef>()];

    /// <summary>"Anna Smith &amp; Ben Jones", or the group's name.</summary>
    public string PerformerText(Entry entry) =>
        Group(entry.GroupId)?.Name ?? string.Join(" & ", Performers(entry).Select(p => p.Name));
}
