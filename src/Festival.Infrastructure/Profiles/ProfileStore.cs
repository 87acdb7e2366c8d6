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

    public async Task<IReadOnlyDictionary<string, string>> PrimaryEmailsAsync(IReadOnlyCollection<string> userIds, CancellationToken cancellationToken)
    {
        var emails = new Dictionary<string, string>(StringComparer.Ordinal);
        // Asked in slices: a parameter list of thousands is slow on SQLite and limited on SQL Server.
        foreach (var slice in userIds.Distinct().Chunk(500))
        {
            foreach (var profile in await db.Profiles.AsNoTracking().Where(p => slice.Contains(p.UserId) && p.IsPrimary)
                         .Select(p => new { p.UserId, p.Email }).ToListAsync(cancellationToken))
            {
                emails.Add(profile.UserId, profile.Email);
            }
        }

        return emails;
    }
}
