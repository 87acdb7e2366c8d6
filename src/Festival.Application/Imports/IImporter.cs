using Festival.Domain.Seasons;

namespace Festival.Application.Imports;

/// <summary>One kind of import: how its sheet is planned against the database, and how a plan is written.</summary>
public interface IImporter
{
    ImportKind Kind { get; }

    ImportLayout Layout { get; }

    /// <summary>Whether a file of this format can hold this kind of data (a PDF holds a syllabus, never entries).</summary>
    bool Accepts(ImportFormat format);

    /// <summary>Reads what the plan needs from the database and plans; writes nothing.</summary>
    Task<ImportPlan> PlanAsync(Season season, string fileName, ImportSheet sheet, CancellationToken cancellationToken);

    /// <summary>Writes <paramref name="plan"/> in the caller's transaction and publishes what happened.</summary>
    Task ApplyAsync(ImportPlan plan, CancellationToken cancellationToken);
}
