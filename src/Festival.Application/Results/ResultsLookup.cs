using Festival.Domain.Results;
using Microsoft.Extensions.Options;

namespace Festival.Application.Results;

/// <summary>
/// The settings a season's results follow: its own, or the configured defaults when staff set none. The certificate band
/// comes with the season's own rules; the awards are the season's own once staff changed them, else the configured ones.
/// </summary>
public sealed record SeasonResultSettings(
    MarkScale Scale, int MinimumEntriesForPlacements, IReadOnlyList<string> Recommendations, bool PublicMarks, string? CertificateBand = null,
    IReadOnlyList<AwardRule>? Awards = null)
{
    public IReadOnlyList<AwardRule> AwardRules => Awards ?? [];
}

public static class ResultsLookup
{
    public static async Task<SeasonResultSettings> SettingsAsync(this IResults results, IOptions<ResultsOptions> options, int seasonId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(options);
        var defaults = options.Value;
        IReadOnlyList<AwardRule> configured = [.. defaults.Awards.Select(a => a.ToRule())];
        if (await results.FindRulesAsync(seasonId, cancellationToken) is { } rules)
        {
            var awards = rules.OwnAwards ? [.. (await results.AwardsAsync(seasonId, cancellationToken)).Select(a => a.ToRule())] : configured;
            return new SeasonResultSettings(rules.Scale, rules.MinimumEntriesForPlacements, rules.RecommendationList, rules.PublicMarks, rules.CertificateBand, awards);
        }

        return new SeasonResultSettings(
            MarkScale.Parse(defaults.Scale).Value ?? MarkScale.Default, defaults.MinimumEntriesForPlacements, defaults.Recommendations, defaults.PublicMarks,
            string.IsNullOrWhiteSpace(defaults.CertificateBand) ? null : defaults.CertificateBand.Trim(), configured);
    }

    /// <summary>
    /// The season's own rules, made from the configured defaults when it has none yet; its awards become its own rows (the
    /// configured ones copied in) so that staff change them for this season only.
    /// </summary>
    public static async Task<ResultRules> OwnRulesAsync(this IResults results, IOptions<ResultsOptions> options, int seasonId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(options);
        var rules = await results.FindRulesAsync(seasonId, cancellationToken);
        if (rules is null)
        {
            var settings = await results.SettingsAsync(options, seasonId, cancellationToken);
            rules = new ResultRules(seasonId, settings.Scale, settings.MinimumEntriesForPlacements, settings.Recommendations, settings.PublicMarks, settings.CertificateBand, at);
            results.Add(rules);
        }

        if (!rules.OwnAwards)
        {
            foreach (var award in options.Value.Awards)
            {
                results.Add(new SeasonAward(seasonId, award.ToRule()));
            }

            rules.TakeOwnAwards(at);
        }

        return rules;
    }

    /// <summary>The season's awards computed from its published results, with staff's decisions of ties applied.</summary>
    public static async Task<IReadOnlyList<AwardOutcome>> AwardOutcomesAsync(
        this IResults results, SeasonResultSettings settings, int seasonId, IReadOnlyList<ResultLine> lines, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(lines);
        var published = lines.Where(l => l.Published)
            .Select(l => new AwardCandidate(l.EntryId, l.PerformerNames, l.ClassCode, l.Discipline, l.Level, l.MarkValue, l.Mark, l.Placement, l.Appearance == Appearance.Scratched))
            .ToList();
        return Awards.Decide(Awards.Compute(settings.AwardRules, published), await results.AwardDecisionsAsync(seasonId, cancellationToken));
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
