namespace Festival.Domain.People;

/// <summary>A choir, band or ensemble that enters as one participant. Its members and contacts are people.</summary>
public sealed class Group
{
    public const int MaxNameLength = 200;

    private readonly List<GroupMember> _members = [];

    private Group()
    {
    }

    public Group(string name, DateTimeOffset createdAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Rename(name);
        CreatedAt = createdAt;
    }

    public int Id { get; private set; }

    public string Name { get; private set; } = string.Empty;

    public string NameKey { get; private set; } = string.Empty;

    public int? SchoolId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Performers and contact people (the scheduler keeps performers from being in two places at once).</summary>
    public IReadOnlyCollection<GroupMember> Members => _members;

    public void Rename(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name.Trim();
        NameKey = PersonNames.Key(name);
    }

    public void SetSchool(int? schoolId) => SchoolId = schoolId;

    public void AddMember(int personId, GroupMemberKind kind)
    {
        if (!_members.Any(m => m.PersonId == personId && m.Kind == kind))
        {
            _members.Add(new GroupMember(personId, kind));
        }
    }

    /// <summary>Gives <paramref name="to"/> every part <paramref name="from"/> has in the group; returns how many parts moved.</summary>
    public int ReplaceMember(int from, int to)
    {
        var moved = _members.Where(m => m.PersonId == from).ToList();
        foreach (var member in moved)
        {
            _members.Remove(member);
            AddMember(to, member.Kind);
        }

        return moved.Count;
    }
}
