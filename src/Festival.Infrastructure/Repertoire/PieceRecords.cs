using Festival.Application.Repertoire;
using Festival.Domain.Repertoire;
using Festival.Infrastructure.Persistence;

namespace Festival.Infrastructure.Repertoire;

internal sealed class PieceRecords(FestivalDbContext db) : IPieceRecords
{
    public Task<Piece?> FindAsync(int id, CancellationToken cancellationToken) =>
        db.Pieces.SingleOrDefaultAsync(p => p.Id == id, cancellationToken);

    public Task<bool> ExistsAsync(string titleKey, string composerKey, int exceptId, CancellationToken cancellationToken) =>
        db.Pieces.AnyAsync(p => p.TitleKey == titleKey && p.ComposerKey == composerKey && p.Id != exceptId, cancellationToken);

    public Task SaveAsync(CancellationToken cancellationToken) => db.SaveChangesAsync(cancellationToken);
}
