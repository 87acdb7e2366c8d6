namespace Festival.Application.Imports.Staging;

/// <summary>Plans an uploaded file and keeps it for <see cref="CommitImportCommand"/>; writes nothing else.</summary>
public sealed record StageImportCommand(ImportKind Kind, byte[] Content, string FileName, string? Season = null) : IRequest<Result<StagedImport>>;
