namespace Festival.Domain.People;

public enum PersonLinkKind
{
    /// <summary>The person is a guardian of the other (a parent of a child).</summary>
    Guardian,

    /// <summary>The person teaches the other.</summary>
    Teacher,
}

public enum PersonLinkStatus
{
    Pending,
    Accepted,
}

/// <summary>
/// A relationship between two people, by id: <see cref="PersonId"/> is the guardian or teacher of <see cref="OtherPersonId"/>.
/// Links made by the festival office (imports) are accepted; links asked for by profile code wait for the other side.
/// </summary>
public sealed class PersonLink
{
    private PersonLink()
    {
    }

    public PersonLink(int personId, int otherPersonId, PersonLinkKind kind, PersonLinkStatus status, DateTimeOffset createdAt)
    {
        if (personId == otherPersonId && personId != 0)
        {
            throw new ArgumentException("A person cannot be linked to themself.", nameof(otherPersonId));
        }

        PersonId = personId;
        OtherPersonId = otherPersonId;
        Kind = kind;
        Status = status;
        CreatedAt = createdAt;
    }

    public int Id { get; private set; }

    public int PersonId { get; private set; }

    public int OtherPersonId { get; private set; }

    public PersonLinkKind Kind { get; private set; }

    public PersonLinkStatus Status { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public void Accept() => Status = PersonLinkStatus.Accepted;

    /// <summary>True when both ends name the same person (as after merging the two ends into one record).</summary>
    public bool IsSelfLink => PersonId == OtherPersonId;

    /// <summary>Points whichever end names <paramref name="from"/> at <paramref name="to"/> instead.</summary>
    public void ReplacePerson(int from, int to)
    {
        if (PersonId == from)
        {
            PersonId = to;
        }

        if (OtherPersonId == from)
        {
            OtherPersonId = to;
        }
    }
}
