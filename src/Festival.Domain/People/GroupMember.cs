namespace Festival.Domain.People;

public enum GroupMemberKind
{
    Performer,
    Contact,
    Conductor,
}

/// <summary>A person's part in a group.</summary>
public sealed class GroupMember
{
    private GroupMember()
    {
    }

    public GroupMember(int personId, GroupMemberKind kind)
    {
        PersonId = personId;
        Kind = kind;
    }

    public int GroupId { get; private set; }

    public int PersonId { get; private set; }

    public GroupMemberKind Kind { get; private set; }

}
