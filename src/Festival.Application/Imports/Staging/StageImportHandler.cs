using Festival.Domain.Imports;

namespace Festival.Application.Imports.Staging;

internal sealed class StageImportHandler(ImportPlanning planning, IImportUploads uploads, IRequestContext request, TimeProvider clock)
    : IRequestHandler<StageImportCommand, Result<StagedImport>>
{
    public async Task<Result<StagedImport>> Handle(StageImportCommand command, CancellationToken cancellationToken)
    {
        // Planned before it is stored: a file that cannot be read is refused and leaves nothing behind.
        var plan = await planning.PlanAsync(command.Kind, command.Content, command.FileName, command.Season, cancellationToken);
        if (!plan.Succeeded)
        {
            return Result<StagedImport>.Failed(plan.Errors);
        }

        var upload = new ImportUpload(Guid.NewGuid(), command.Kind.ToString(), plan.Value.SeasonId, command.FileName, command.Content,
            request.UserId, clock.GetUtcNow());
        await uploads.AddAsync(upload, cancellationToken);
        return Result<StagedImport>.Success(new StagedImport(upload.Id, plan.Value, Committed: false));
    }
}
