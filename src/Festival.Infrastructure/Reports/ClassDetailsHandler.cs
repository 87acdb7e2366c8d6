using Festival.Application.Reports.Classes;
using Festival.Application.Reports;
using Festival.Infrastructure.Persistence;
using MediatR;

namespace Festival.Infrastructure.Reports;

internal sealed class ClassDetailsHandler(FestivalDbContext db) : IRequestHandler<ClassDetailsQuery, ClassDetailsView?>
{
    public async Task<ClassDetailsView?> Handle(ClassDetailsQuery request, CancellationToken cancellationToken)
    {
        var found = await db.Classes.AsNoTracking().Where(c => c.Id == request.ClassId)
            .Join(db.Seasons, c => c.SeasonId, s => s.Id, (c, s) => new { Class = c, Season = s.Name })
            .SingleOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return null;
        }

        var entries = await db.Entries.AsNoTracking().Where(e => e.ClassId == request.ClassId).OrderBy(e => e.Id).ToListAsync(cancellationToken);
        var names = await EntryNames.LoadAsync(db, entries, cancellationToken);
        var pieceIds = entries.SelectMany(e => e.Pieces.Select(p => p.PieceId)).Distinct().ToList();
        var pieces = await db.Pieces.AsNoTracking().Where(p => pieceIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);

        return new ClassDetailsView(found.Class.Id, found.Season, found.Class.Code, found.Class.Details(),
        [
            .. entries.Select(e => new ClassEntryView(
                e.Id, names.Performers(e), names.Group(e.GroupId), names.Person(e.TeacherId), names.Person(e.AccompanistId), e.Fee, e.Comments,
                [.. e.Pieces.OrderBy(p => p.Position).Select(p => new EntryPieceView(p.PieceId, pieces[p.PieceId].Title, pieces[p.PieceId].Composer, p.DurationSeconds))])),
        ]);
    }
}
