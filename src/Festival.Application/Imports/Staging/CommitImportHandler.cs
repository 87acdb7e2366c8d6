namespace Festival.Application.Imports.Staging;

internal sealed class CommitImportHandler(IImportUploads uploads, StagedPlanning staged, ImportPlanning planning, TimeProvider clock)
    : IRequestHandler<CommitImportCommand, Result<ImportPlan>>
{
    public async Task<Result<ImportPlan>> Handle(CommitImportCommand request, CancellationToken cancellationToken)
    {
        if (await uploads.FindAsync(request.Id, cancellationToken) is not { } upload)
        {
            return ImportErrors.PreviewNotFound(request.Id);
        }

        if (upload.CommittedAt is not null)
        {
            return ImportErrors.AlreadyCommitted;
        }

        // Planned again inside the transaction: nothing can change between this plan and its writes.
        var plan = await staged.PlanAsync(upload, cancellationToken);
        if (!plan.Succeeded)
        {
            return plan;
        }

        if (!string.Equals(plan.Value.Fingerprint, request.Fingerprint, StringComparison.Ordinal))
        {
            return ImportErrors.PlanChanged;
        }

        if (plan.Value.NothingImportable)
        {
            return ImportErrors.NothingToImport;
        }

        await planning.For(plan.Value.Kind).ApplyAsync(plan.Value, cancellationToken);
        upload.MarkCommitted(clock.GetUtcNow());
        await uploads.SaveAsync(cancellationToken);
        return plan;
    }
}
