namespace Festival.Application.Imports;

internal sealed class ImportFileHandler(ImportPlanning planning) : IRequestHandler<ImportFileCommand, Result<ImportPlan>>
{
    public async Task<Result<ImportPlan>> Handle(ImportFileCommand request, CancellationToken cancellationToken)
    {
        var plan = await planning.PlanAsync(request.Kind, request.Content, request.FileName, request.Season, cancellationToken);
        if (!plan.Succeeded)
        {
            return plan;
        }

        if (plan.Value.NothingImportable)
        {
            return ImportErrors.NothingToImport;
        }

        if (!request.DryRun && plan.Value.HasChanges)
        {
            await planning.For(request.Kind).ApplyAsync(plan.Value, cancellationToken);
        }

        return plan;
    }
}
