namespace Festival.Application.Entries.Import;

/// <summary>What an entries import reads before planning and writes when committing.</summary>
public interface IEntriesImportStore
{
    Task<EntriesImportData> LoadAsync(int seasonId, CancellationToken cancellationToken);

    /// <summary>Writes the plan in the caller's transaction; returns the ids of the entries created, in plan order.</summary>
    Task<IReadOnlyList<int>> ApplyAsync(EntriesPlan plan, DateTimeOffset at, CancellationToken cancellationToken);
}
