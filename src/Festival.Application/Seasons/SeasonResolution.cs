using Festival.Domain.Seasons;

namespace Festival.Application.Seasons;

public static class SeasonResolution
{
    /// <summary>The season named, or the current one when no name is given: how every festival command picks its season.</summary>
    public static async Task<Result<Season>> ResolveAsync(this ISeasons seasons, string? name, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(seasons);
        if (string.IsNullOrWhiteSpace(name))
        {
            return await seasons.CurrentAsync(cancellationToken) is { } current ? Result<Season>.Success(current) : SeasonErrors.NoCurrentSeason;
        }

        return await seasons.FindAsync(name.Trim(), cancellationToken) is { } season
            ? Result<Season>.Success(season)
            : SeasonErrors.NotFound(name.Trim());
    }
}
