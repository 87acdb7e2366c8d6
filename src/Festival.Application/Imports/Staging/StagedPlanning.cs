using Festival.Application.Seasons;
using Festival.Domain.Imports;

namespace Festival.Application.Imports.Staging;

/// <summary>Plans a stored upload against its own season, as at the moment of asking.</summary>
public sealed class StagedPlanning(ImportPlanning planning, ISeasons seasons)
{
    public async Task<Result<ImportPlan>> PlanAsync(ImportUpload upload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(upload);
        var season = await seasons.FindAsync(upload.SeasonId, cancellationToken);
        return season is null
            ? ImportErrors.PreviewNotFound(upload.Id)
            : await planning.PlanAsync(Enum.Parse<ImportKind>(upload.Kind), upload.Content, upload.FileName, season, cancellationToken);
    }
}
