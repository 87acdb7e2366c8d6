using Festival.Domain.Results;
using Microsoft.Extensions.Options;

namespace Festival.Application.Results;

/// <summary>The settings a season's results follow: its own, or the configured defaults when staff set none.</summary>
public sealed record SeasonResultSettings(MarkScale Scale, int MinimumEntriesForPlacements, IReadOnlyList<string> Recommendations, bool PublicMarks);

public static class ResultsLookup
{
    public static async Task<SeasonResultSettings> SettingsAsync(this IResults results, IOptions<ResultsOptions> options, int seasonId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(options);
        if (await results.FindRulesAsync(seasonId, cancellationToken) is { } rules)
        {
            return new SeasonResultSettings(rules.Scale, rules.MinimumEntriesForPlacements, rules.RecommendationList, rules.PublicMarks);
        }

        var defaults = options.Value;
        return new SeasonResultSettings(
            MarkScale.Parse(defaults.Scale).Value ?? MarkScale.Default, defaults.MinimumEntriesForPlacements, defaults.Recommendations, defaults.PublicMarks);
    }

    /// <summary>The class's result row, added when the class has none yet.</summary>
    public static async Task<ClassResult> ClassResultAsync(this IResults results, int classId, int seasonId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(results);
        if (await results.FindClassResultAsync(classId, cancellationToken) is { } existing)
        {
            return existing;
        }

        var created = new ClassResult(classId, seasonId);
        results.Add(created);
        return created;
    }

    /// <summary>The entry's result row, added when the entry has none yet.</summary>
    public static async Task<EntryResult> EntryResultAsync(this IResults results, ResultTarget target, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(target);
        if (await results.FindAsync(target.EntryId, cancellationToken) is { } existing)
        {
            return existing;
        }

        var created = new EntryResult(target.EntryId, target.ClassId, target.SeasonId);
        results.Add(created);
        return created;
    }
}
