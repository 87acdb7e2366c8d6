using Festival.Application.Imports.Staging;
using Festival.Domain.Imports;
using Festival.Infrastructure.Persistence;

namespace Festival.Infrastructure.Imports;

internal sealed class ImportUploadStore(FestivalDbContext db) : IImportUploads
{
    public async Task AddAsync(ImportUpload upload, CancellationToken cancellationToken)
    {
        db.ImportUploads.Add(upload);
        await db.SaveChangesAsync(cancellationToken);
    }

    public Task<ImportUpload?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        db.ImportUploads.SingleOrDefaultAsync(u => u.Id == id, cancellationToken);

    public Task SaveAsync(CancellationToken cancellationToken) => db.SaveChangesAsync(cancellationToken);
}
