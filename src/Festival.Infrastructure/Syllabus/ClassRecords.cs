using Festival.Application.Syllabus;
using Festival.Domain.Entries;
using Festival.Domain.Syllabus;
using Festival.Infrastructure.Persistence;

namespace Festival.Infrastructure.Syllabus;

internal sealed class ClassRecords(FestivalDbContext db) : IClassRecords
{
    public Task<FestivalClass?> FindAsync(int id, CancellationToken cancellationToken) =>
        db.Classes.SingleOrDefaultAsync(c => c.Id == id, cancellationToken);

    public async Task<string> CodeOfAsync(int classId, CancellationToken cancellationToken) =>
        await db.Classes.AsNoTracking().Where(c => c.Id == classId).Select(c => new { c.Number, c.Suffix }).SingleOrDefaultAsync(cancellationToken) is { } code
            ? $"{code.Number}{code.Suffix}"
            : $"#{classId}";

    public async Task<IReadOnlyList<Entry>> EntriesAsync(int classId, CancellationToken cancellationToken) =>
        await db.Entries.Where(e => e.ClassId == classId).OrderBy(e => e.Id).ToListAsync(cancellationToken);

    public Task SaveAsync(CancellationToken cancellationToken) => db.SaveChangesAsync(cancellationToken);
}
