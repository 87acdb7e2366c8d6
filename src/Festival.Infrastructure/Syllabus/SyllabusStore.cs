using Festival.Application.Syllabus;
using Festival.Domain.Syllabus;
using Festival.Infrastructure.Persistence;

namespace Festival.Infrastructure.Syllabus;

internal sealed class SyllabusStore(FestivalDbContext db) : ISyllabus
{
    public async Task<IReadOnlyList<FestivalClass>> ForSeasonAsync(int seasonId, CancellationToken cancellationToken) =>
        await db.Classes.Where(c => c.SeasonId == seasonId).OrderBy(c => c.Number).ThenBy(c => c.Suffix).ToListAsync(cancellationToken);

    public void Add(FestivalClass festivalClass) => db.Classes.Add(festivalClass);

    public Task SaveAsync(CancellationToken cancellationToken) => db.SaveChangesAsync(cancellationToken);
}
