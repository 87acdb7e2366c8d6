using Festival.Domain.People;

namespace Festival.Application.People.Managed;

/// <summary>
/// The people an account enters, found by relationship: the account's own person, and the people it is the accepted
/// guardian or teacher of. Every read of a person on behalf of an account goes through <see cref="ManagesAsync"/>, so
/// access follows the links, not whether an id is known.
/// </summary>
public interface IManagedPeople
{
    /// <summary>Whether <paramref name="userId"/> is <paramref name="personId"/>, or their accepted guardian or teacher.</summary>
    Task<bool> ManagesAsync(string userId, int personId, CancellationToken cancellationToken);

    /// <summary>Whether the person of <paramref name="userId"/> is a contact of group <paramref name="groupId"/>: who enters the group.</summary>
    Task<bool> ManagesGroupAsync(string userId, int groupId, CancellationToken cancellationToken);

    /// <summary>Whether <paramref name="userId"/> is <paramref name="personId"/> or their accepted guardian: who answers link requests for them.</summary>
    Task<bool> AnswersForAsync(string userId, int personId, CancellationToken cancellationToken);

    /// <summary>The account's own person, its children and students (accepted links), and the link requests on both sides.</summary>
    Task<MyPeople> ListAsync(string userId, CancellationToken cancellationToken);

    /// <summary>The groups whose contact the account's person is, by name, with their performers' names.</summary>
    Task<IReadOnlyList<Groups.GroupSummary>> GroupsAsync(string userId, CancellationToken cancellationToken);

    Task<ManagedPersonView?> ViewAsync(int personId, CancellationToken cancellationToken);

    Task<Person?> FindAsync(int personId, CancellationToken cancellationToken);

    Task<Person?> FindByCodeAsync(string profileCode, CancellationToken cancellationToken);

    Task<PersonLink?> FindLinkAsync(int linkId, CancellationToken cancellationToken);

    Task<PersonLink?> FindLinkAsync(int personId, int otherPersonId, PersonLinkKind kind, CancellationToken cancellationToken);

    /// <summary>The addresses of the accounts that answer for <paramref name="personId"/>: their own and their accepted guardians'.</summary>
    Task<IReadOnlyList<string>> AccountEmailsForAsync(int personId, CancellationToken cancellationToken);

    /// <summary>
    /// <see cref="AccountEmailsForAsync"/> for many people in a few queries (not two per person): each asked person's
    /// addresses, the same as that method returns (an empty list for a person without any).
    /// </summary>
    Task<IReadOnlyDictionary<int, IReadOnlyList<string>>> AccountEmailsForManyAsync(IReadOnlyCollection<int> personIds, CancellationToken cancellationToken);
}
