using Festival.Domain.Repertoire;

namespace Festival.Application.Repertoire;

/// <summary>Pieces one at a time, for editing.</summary>
public interface IPieceRecords
{
    Task<Piece?> FindAsync(int id, CancellationToken cancellationToken);

    /// <summary>Whether another piece than <paramref name="exceptId"/> has this title and composer (as name keys).</summary>
    Task<bool> ExistsAsync(string titleKey, string composerKey, int exceptId, CancellationToken cancellationToken);

    /// <summary>Stores changes made to pieces returned above.</summary>
    Task SaveAsync(CancellationToken cancellationToken);
}
