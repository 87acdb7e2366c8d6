using Festival.Domain.Profiles;

namespace Festival.Application.Profiles;

/// <summary>Festival profiles: what the festival knows about people.</summary>
public interface IProfiles
{
    Task AddAsync(Profile profile, CancellationToken cancellationToken);

    Task<Profile?> FindPrimaryAsync(string userId, CancellationToken cancellationToken);

    /// <summary>The primary profile's address of each of <paramref name="userIds"/> that has one, by account id, in a few queries (read only).</summary>
    Task<IReadOnlyDictionary<string, string>> PrimaryEmailsAsync(IReadOnlyCollection<string> userIds, CancellationToken cancellationToken);

    /// <summary>Stores changes made to a profile returned by <see cref="FindPrimaryAsync"/>.</summary>
    Task SaveAsync(Profile profile, CancellationToken cancellationToken);
}
