using Festival.Domain.Profiles;

namespace Festival.Application.Profiles;

/// <summary>Festival profiles: what the festival knows about people.</summary>
public interface IProfiles
{
    Task AddAsync(Profile profile, CancellationToken cancellationToken);

    Task<Profile?> FindPrimaryAsync(string userId, CancellationToken cancellationToken);
}
