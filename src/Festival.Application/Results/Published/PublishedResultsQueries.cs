using Festival.Application.Entries;
using Festival.Application.Seasons;
using Festival.Domain.Results;
using Microsoft.Extensions.Options;

namespace Festival.Application.Results.Published;

/// <summary>
/// The public results of the season: each published class's placements, each performer by full name where they (or their
/// guardian) consented to its publication, by initials otherwise; a group by its name.
/// </summary>
public sealed record PublicResultsQuery(string? Season = null) : IRequest<Result<PublicResults>>;

public sealed record PublicResults(string Season, bool ShowsMarks, IReadOnlyList<PublicClassResult> Classes);

public sealed record PublicClassResult(string ClassCode, string ClassName, IReadOnlyList<PublicPlacement> Placements);

public sealed record PublicPlacement(Placement Placement, string Performers, string? Mark);

/// <summary>The published results the account may see in full (marks and comments): its own people's entries and its students'.</summary>
public sealed record MyResultsQuery(string UserId, string? Season = null) : IRequest<Result<IReadOnlyList<ResultLine>>>;

internal sealed class PublishedResultsHandlers(ISeasons seasons, IResults results, IOnlineEntries entries, IOptions<ResultsOptions> options)
    : IRequestHandler<PublicResultsQuery, Result<PublicResults>>, IRequestHandler<MyResultsQuery, Result<IReadOnlyList<ResultLine>>>
{
    public async Task<Result<PublicResults>> Handle(PublicResultsQuery request, CancellationToken cancellationToken)
    {
        var season = await seasons.ResolveAsync(request.Season, cancellationToken);
        if (!season.Succeeded)
        {
            return Result<PublicResults>.Failed(season.Errors);
        }

        var settings = await results.SettingsAsync(options, season.Value.Id, cancellationToken);
        var lines = await results.LinesAsync(season.Value.Id, null, cancellationToken);
        var placed = lines.Where(l => l.Published && l.Placement is not null).ToList();
        var names = await results.PublicNamesAsync([.. placed.SelectMany(l => l.PerformerIds).Distinct()], cancellationToken);
        var classes = lines.Where(l => l.Published).GroupBy(l => (l.ClassId, l.ClassCode, l.ClassName))
            .Select(g => new PublicClassResult(g.Key.ClassCode, g.Key.ClassName, [.. g.Where(l => l.Placement is not null && l.Appearance != Appearance.Scratched)
                .OrderBy(l => l.Placement).ThenBy(l => l.EntryId)
                .Select(l => new PublicPlacement(l.Placement!.Value, PublicName(l, names), settings.PublicMarks ? l.Mark : null))]))
            .ToList();
        return Result<PublicResults>.Success(new PublicResults(season.Value.Name, settings.PublicMarks, classes));
    }

    public async Task<Result<IReadOnlyList<ResultLine>>> Handle(MyResultsQuery request, CancellationToken cancellationToken)
    {
        var season = await seasons.ResolveAsync(request.Season, cancellationToken);
        if (!season.Succeeded)
        {
            return Result<IReadOnlyList<ResultLine>>.Failed(season.Errors);
        }

        var visible = (await entries.EntriesVisibleToAsync(request.UserId, season.Value.Id, cancellationToken)).Select(e => e.Id).ToHashSet();
        var lines = await results.LinesAsync(season.Value.Id, null, cancellationToken);
        return Result<IReadOnlyList<ResultLine>>.Success([.. lines.Where(l => l.Published && visible.Contains(l.EntryId))]);
    }

    /// <summary>"Anna Smith &amp; C. L." for people, as each consented; a group's name as it is (a choir, not a child).</summary>
    internal static string PublicName(ResultLine line, IReadOnlyDictionary<int, string> names) => line.PerformerIds.Count == 0
        ? line.PerformerNames
        : string.Join(" & ", line.PerformerIds.Select((id, i) =>
            names.GetValueOrDefault(id) ?? Festival.Domain.People.Person.Initials(i < line.Performers.Count ? line.Performers[i] : string.Empty)));
}
