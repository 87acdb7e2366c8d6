namespace Festival.Application.Imports;

/// <summary>
/// Plans a file and, unless <paramref name="DryRun"/>, writes every valid row in one transaction (the command line's import).
/// Fails, writing nothing, when the file cannot be read or no row can be imported.
/// </summary>
public sealed record ImportFileCommand(ImportKind Kind, byte[] Content, string FileName, string? Season = null, bool DryRun = false)
    : IRequest<Result<ImportPlan>>, ITransactionalRequest;
