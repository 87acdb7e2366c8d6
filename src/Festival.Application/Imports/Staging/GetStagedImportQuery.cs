namespace Festival.Application.Imports.Staging;

/// <summary>A staged import planned again against the database as it is now: what committing it would do.</summary>
public sealed record GetStagedImportQuery(Guid Id) : IRequest<Result<StagedImport>>;
