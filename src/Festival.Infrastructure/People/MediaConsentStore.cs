using Festival.Application.People.Consent;
using Festival.Domain.People;
using Festival.Infrastructure.Persistence;

namespace Festival.Infrastructure.People;

internal sealed class MediaConsentStore(FestivalDbContext db) : IMediaConsents
{
    public Task<MediaConsent?> FindAsync(int personId, int seasonId, CancellationToken cancellationToken) =>
        db.MediaConsents.SingleOrDefaultAsync(c => c.PersonId == personId && c.SeasonId == seasonId, cancellationToken);

    public void Add(MediaConsent consent) => db.MediaConsents.Add(consent);

    public Task SaveAsync(CancellationToken cancellationToken) => db.SaveChangesAsync(cancellationToken);
}
