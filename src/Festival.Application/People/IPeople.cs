using Festival.Domain.Entries;
using Festival.Domain.People;

namespace Festival.Application.People;

/// <summary>People, their links, and the profile codes that identify them.</summary>
public interface IPeople
{
    /// <summary>People whose email is <paramref name="emailKey"/> (see <see cref="Person.EmailKeyFor"/>) and who have no account yet.</summary>
    Task<IReadOnlyList<Person>> FindUnlinkedByEmailAsync(string emailKey, CancellationToken cancellationToken);

    Task<Person?> FindByUserAsync(string userId, CancellationToken cancellationToken);

    /// <summary>Profile codes no person holds yet, <paramref name="count"/> of them, all different.</summary>
    Task<IReadOnlyList<string>> NewProfileCodesAsync(int count, CancellationToken cancellationToken);

    /// <summary>Stores a new person, giving them their id.</summary>
    Task AddAsync(Person person, CancellationToken cancellationToken);

    Task AddLinkAsync(PersonLink link, CancellationToken cancellationToken);

    /// <summary>Stores a new group with its members, giving it its id.</summary>
    Task AddGroupAsync(Group group, CancellationToken cancellationToken);

    Task<IReadOnlyList<PersonLink>> LinksFromAsync(int personId, PersonLinkKind kind, CancellationToken cancellationToken);

    /// <summary>Stores changes made to people and links returned above.</summary>
    Task SaveAsync(CancellationToken cancellationToken);

    Task<Person?> FindAsync(int id, CancellationToken cancellationToken);

    Task<bool> SchoolExistsAsync(int schoolId, CancellationToken cancellationToken);

    /// <summary>Every entry that names the person as a performer, teacher or accompanist, of any season, for changing.</summary>
    Task<IReadOnlyList<Entry>> EntriesNamingAsync(int personId, CancellationToken cancellationToken);

    /// <summary>Every group the person has a part in, for changing.</summary>
    Task<IReadOnlyList<Group>> GroupsWithMemberAsync(int personId, CancellationToken cancellationToken);

    /// <summary>Every link with the person at either end, for changing.</summary>
    Task<IReadOnlyList<PersonLink>> LinksOfAsync(int personId, CancellationToken cancellationToken);

    void RemoveLink(PersonLink link);

    /// <summary>Deletes a person nothing refers to any more.</summary>
    Task RemoveAsync(Person person, CancellationToken cancellationToken);
}
