using Festival.Application.Seasons;

namespace Festival.Application.Imports;

/// <summary>File → table → sheet → plan: the one path every import takes, whether previewed, staged or committed.</summary>
public sealed class ImportPlanning(ITabularFileReader reader, ISeasons seasons, IEnumerable<IImporter> importers)
{
    public IImporter For(ImportKind kind) => importers.Single(i => i.Kind == kind);

    public async Task<Result<ImportPlan>> PlanAsync(
        ImportKind kind, ReadOnlyMemory<byte> content, string fileName, string? seasonName, CancellationToken cancellationToken)
    {
        var season = await seasons.ResolveAsync(seasonName, cancellationToken);
        if (!season.Succeeded)
        {
            return Result<ImportPlan>.Failed(season.Errors);
        }

        return await PlanAsync(kind, content, fileName, season.Value, cancellationToken);
    }

    public async Task<Result<ImportPlan>> PlanAsync(
        ImportKind kind, ReadOnlyMemory<byte> content, string fileName, Domain.Seasons.Season season, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(season);
        var importer = For(kind);
        Result<ImportTable> table;
        await using (var stream = new MemoryStream(content.ToArray(), writable: false))
        {
            table = await reader.ReadAsync(stream, fileName, cancellationToken);
        }

        if (!table.Succeeded)
        {
            return Result<ImportPlan>.Failed(table.Errors);
        }

        if (!importer.Accepts(table.Value.Format))
        {
            return ImportErrors.FormatNotAccepted(fileName, table.Value.Format, importer.Layout.Description);
        }

        var sheet = importer.Layout.Match(table.Value);
        if (!sheet.Succeeded)
        {
            return Result<ImportPlan>.Failed(sheet.Errors);
        }

        if (sheet.Value.Rows.Count == 0)
        {
            return ImportErrors.NoRows(fileName);
        }

        return Result<ImportPlan>.Success(await importer.PlanAsync(season, fileName, sheet.Value, cancellationToken));
    }
}
