using Festival.Application.Seasons;
using Festival.Domain.Results;
using Microsoft.Extensions.Options;

namespace Festival.Application.Results.Reports;

internal sealed class ResultsReportHandler(ISeasons seasons, IResults results, IAdjudication adjudication, IOptions<ResultsOptions> options)
    : IRequestHandler<ResultsReportQuery, Result<ResultsReport>>
{
    public async Task<Result<ResultsReport>> Handle(ResultsReportQuery request, CancellationToken cancellationToken)
    {
        var season = await seasons.ResolveAsync(request.Season, cancellationToken);
        if (!season.Succeeded)
        {
            return Result<ResultsReport>.Failed(season.Errors);
        }

        var settings = await results.SettingsAsync(options, season.Value.Id, cancellationToken);
        var lines = await results.LinesAsync(season.Value.Id, null, cancellationToken);
        var adjudicators = await adjudication.ClassAdjudicatorsAsync(season.Value.Id, cancellationToken);
        var awards = await results.AwardOutcomesAsync(settings, season.Value.Id, lines, cancellationToken);
        return Result<ResultsReport>.Success(new ResultsReport(
            season.Value.Name,
            settings.Scale.Spec,
            lines,
            Totals(lines.Where(l => l.Teacher is not null), l => l.Teacher!),
            Totals(lines.Where(l => l.School is not null), l => l.School!),
            [.. lines.Where(l => l.Recommendation is not null)],
            Distribution(settings.Scale, lines, adjudicators),
            awards));
    }

    private static List<ResultTotals> Totals(IEnumerable<ResultLine> lines, Func<ResultLine, string> key) =>
        [.. lines.GroupBy(key, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.OrdinalIgnoreCase).Select(g => new ResultTotals(
            g.Key,
            g.Count(),
            g.Count(l => l.MarkValue is not null),
            g.Any(l => l.MarkValue is not null) ? Math.Round((decimal)g.Where(l => l.MarkValue is not null).Average(l => l.MarkValue!.Value), 1) : null,
            g.Count(l => l.Placement is not null),
            g.Count(l => l.Recommendation is not null)))];

    internal static List<MarkDistribution> Distribution(MarkScale scale, IReadOnlyList<ResultLine> lines, IReadOnlyList<ClassAdjudicator> adjudicators)
    {
        var labels = Buckets(scale);
        return [.. adjudicators.GroupBy(a => a.Adjudicator, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.OrdinalIgnoreCase).Select(g =>
        {
            var classIds = g.Select(a => a.ClassId).ToHashSet();
            var marks = lines.Where(l => classIds.Contains(l.ClassId) && l.MarkValue is not null).Select(l => l.MarkValue!.Value).ToList();
            return new MarkDistribution(g.Key, marks.Count, [.. labels.Select(b => new MarkBucket(b.Label, marks.Count(m => m >= b.From && m <= b.To)))]);
        })];
    }

    /// <summary>Buckets of five marks from the bottom of a numeric scale, or one per descriptor from the lowest.</summary>
    private static List<(string Label, int From, int To)> Buckets(MarkScale scale)
    {
        if (!scale.IsNumeric)
        {
            return [.. scale.Descriptors.Select((d, i) => (d, scale.Descriptors.Count - i, scale.Descriptors.Count - i)).Reverse()];
        }

        var buckets = new List<(string, int, int)>();
        for (var from = scale.Min; from <= scale.Max; from += 5)
        {
            var to = Math.Min(scale.Max, from + 4);
            buckets.Add((from == to ? $"{from}" : $"{from}-{to}", from, to));
        }

        return buckets;
    }
}
