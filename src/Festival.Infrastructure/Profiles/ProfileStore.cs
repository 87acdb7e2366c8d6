using Festival.Application.Profiles;
using Festival.Domain.Profiles;
using Festival.Infrastructure.Persistence;

namespace Festival.Infrastructure.Profiles;

internal sealed class ProfileStore(FestivalDbContext db) : IProfiles
{
    public async Task AddAsync(Profile profile, CancellationToken cancellationToken)
    {
        db.Profiles.Add(profile);
        await db.SaveChangesAsync(cancellationToken);
    }

    public Task SaveAsync(Profile profile, CancellationToken cancellationToken) => db.SaveChangesAsync(cancellationToken);

    public Task<Profile?> FindPrimaryAsync(string userId, CancellationToken cancellationToken) =>
        db.Profiles.SingleOrDefaultAsync(p => p.UserId == userId && p.IsPrimary, cancellationToken);
}
