using Festival.Domain.Imports;

namespace Festival.Application.Imports.Staging;

/// <summary>Files uploaded for import, between preview and commit.</summary>
public interface IImportUploads
{
    Task AddAsync(ImportUpload upload, CancellationToken cancellationToken);

    Task<ImportUpload?> FindAsync(Guid id, CancellationToken cancellationToken);

    Task SaveAsync(CancellationToken cancellationToken);
}
