namespace Festival.Application.Imports.Staging;

/// <summary>An uploaded file with its plan, waiting for a person to commit or cancel it.</summary>
public sealed record StagedImport(Guid Id, ImportPlan Plan, bool Committed);
