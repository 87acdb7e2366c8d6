namespace Festival.Application.Imports.Staging;

/// <summary>
/// Writes a staged import, in one transaction, if its plan is still the one previewed (<paramref name="Fingerprint"/>);
/// otherwise refuses with <see cref="ImportErrors.PlanChanged"/>. A second commit of the same upload writes nothing.
/// </summary>
public sealed record CommitImportCommand(Guid Id, string Fingerprint) : IRequest<Result<ImportPlan>>, ITransactionalRequest;
