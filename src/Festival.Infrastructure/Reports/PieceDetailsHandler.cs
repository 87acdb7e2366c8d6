using Festival.Application.Reports.Repertoire;
using Festival.Infrastructure.Persistence;
using MediatR;

namespace Festival.Infrastructure.Reports;

internal sealed class PieceDetailsHandler(FestivalDbContext db) : IRequestHandler<PieceDetailsQuery, PieceDetailsView?>
{
    public async Task<PieceDetailsView?> Handle(PieceDetailsQuery request, CancellationToken cancellationToken)
    {
        var piece = await db.Pieces.AsNoTracking().SingleOrDefaultAsync(p => p.Id == request.PieceId, cancellationToken);
        if (piece is null)
        {
            return null;
        }

        var entries = await db.Entries.AsNoTracking().Where(e => e.Pieces.Any(p => p.PieceId == piece.Id)).OrderBy(e => e.Id).ToListAsync(cancellationToken);
        var classIds = entries.Select(e => e.ClassId).Distinct().ToList();
        var classes = await db.Classes.AsNoTracking().Where(c => classIds.Contains(c.Id))
            .Join(db.Seasons, c => c.SeasonId, s => s.Id, (c, s) => new { c.Id, c.Number, c.Suffix, Season = s.Name })
            .ToDictionaryAsync(c => c.Id, cancellationToken);
        var names = await EntryNames.LoadAsync(db, entries, cancellationToken);

        return new PieceDetailsView(piece.Id, piece.Title, piece.Composer, piece.DurationSeconds,
        [
            .. entries.Select(e => new PieceUseView(
                e.Id, classes[e.ClassId].Season, e.ClassId, $"{classes[e.ClassId].Number}{classes[e.ClassId].Suffix}", names.PerformerText(e),
                e.Pieces.First(p => p.PieceId == piece.Id).DurationSeconds)),
        ]);
    }
}
