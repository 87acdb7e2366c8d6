using Festival.Domain.Seasons;

namespace Festival.Application.Seasons;

/// <summary>The <c>Seasons</c> table and what is copied from one season to the next.</summary>
public interface ISeasons
{
    Task<Season?> FindAsync(string name, CancellationToken cancellationToken);

    Task<Season?> FindAsync(int id, CancellationToken cancellationToken);

    Task<Season?> CurrentAsync(CancellationToken cancellationToken);

    /// <summary>Every season, newest first, with its class and entry counts.</summary>
    Task<IReadOnlyList<SeasonSummary>> ListAsync(CancellationToken cancellationToken);

    /// <summary>Stores a new season, giving it its id.</summary>
    Task AddAsync(Season season, CancellationToken cancellationToken);

    /// <summary>Stores changes made to seasons returned above.</summary>
    Task SaveAsync(CancellationToken cancellationToken);

    /// <summary>Copies every class of <paramref name="fromSeasonId"/> into <paramref name="toSeasonId"/>; returns how many.</summary>
    Task<int> CopySyllabusAsync(int fromSeasonId, int toSeasonId, DateTimeOffset at, CancellationToken cancellationToken);
}
