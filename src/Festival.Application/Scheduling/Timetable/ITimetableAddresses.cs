using Festival.Domain.People;

namespace Festival.Application.Scheduling.Timetable;

/// <summary>Where people's timetables are emailed.</summary>
public interface ITimetableAddresses
{
    /// <summary>
    /// The addresses that hear about each of <paramref name="personIds"/>: the person's own (their account's email, or
    /// with no account their own email when their birth date is unknown or on or before <paramref name="adultsBornBy"/>:
    /// a child's own email is not written to), and, found the same way, those of the people with an accepted guardian or
    /// teacher link to them. A person with no address is left out.
    /// </summary>
    Task<IReadOnlyList<PersonAddress>> ForPeopleAsync(IReadOnlyCollection<int> personIds, DateOnly adultsBornBy, CancellationToken cancellationToken);

    /// <summary>The email of each account, by user id (accounts without one are left out).</summary>
    Task<IReadOnlyDictionary<string, string>> ForAccountsAsync(IReadOnlyCollection<string> userIds, CancellationToken cancellationToken);
}

/// <summary>
/// <paramref name="Email"/> hears about person <paramref name="PersonId"/> as the address of person
/// <paramref name="HolderId"/>: the person themself (<paramref name="Link"/> null), their guardian or their teacher.
/// </summary>
public sealed record PersonAddress(int PersonId, string Email, int HolderId, PersonLinkKind? Link);
