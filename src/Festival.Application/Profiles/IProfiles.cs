using Festival.Domain.Profiles;

namespace Festival.Application.Profiles;

/// <summary>Festival profiles: what the festival knows about people.</summary>
public interface IProfiles
{
    Task AddAsync(Profile profile, CancellationToken cancellationToken);

    Task<Profile?> FindPrimaryAsync(string userId, CancellationToken cancellationToken);

    /// <summary>Stores changes made to a profile returned by <see cref="FindPrimaryAsync"/>.</summary>
    Task SaveAsync(Profile profile, CancellationToken cancellationToken);
}
