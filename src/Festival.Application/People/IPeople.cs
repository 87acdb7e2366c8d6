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

    Task<IReadOnlyList<PersonLink>> LinksFromAsync(int personId, PersonLinkKind kind, CancellationToken cancellationToken);

    /// <summary>Stores changes made to people and links returned above.</summary>
    Task SaveAsync(CancellationToken cancellationToken);
}
