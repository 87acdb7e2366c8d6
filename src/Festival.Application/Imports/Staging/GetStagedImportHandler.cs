namespace Festival.Application.Imports.Staging;

internal sealed class GetStagedImportHandler(IImportUploads uploads, StagedPlanning staged)
    : IRequestHandler<GetStagedImportQuery, Result<StagedImport>>
{
    public async Task<Result<StagedImport>> Handle(GetStagedImportQuery request, CancellationToken cancellationToken)
    {
        if (await uploads.FindAsync(request.Id, cancellationToken) is not { } upload)
        {
            return ImportErrors.PreviewNotFound(request.Id);
        }

        var plan = await staged.PlanAsync(upload, cancellationToken);
        return plan.Succeeded
            ? Result<StagedImport>.Success(new StagedImport(upload.Id, plan.Value, upload.CommittedAt is not null))
            : Result<StagedImport>.Failed(plan.Errors);
    }
}
