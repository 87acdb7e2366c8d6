using Festival.Domain.Results;
using Microsoft.Extensions.Options;

namespace Festival.Application.Results.Placements;

internal sealed class SetPlacementsHandler(IResults results, IAdjudication adjudication, IOptions<ResultsOptions> options, IMediator mediator, TimeProvider clock)
    : IRequestHandler<SetPlacementsCommand, Result<PlacementsSet>>
{
    public async Task<Result<PlacementsSet>> Handle(SetPlacementsCommand request, CancellationToken cancellationToken)
    {
        var entries = await results.ClassEntriesAsync(request.ClassId, cancellationToken);
        if (entries.Count == 0)
        {
            return ResultErrors.ClassNotFound(request.ClassId);
        }

        var first = entries[0];
        if (await ResultAccess.CheckAsync(results, adjudication, request.UserId, request.AsStaff, request.ClassId, first.ClassCode,
                ResultErrors.ClassNotFound(request.ClassId), cancellationToken) is { } refused)
        {
            return refused;
        }

        if (request.Placements.Keys.FirstOrDefault(id => entries.All(e => e.EntryId != id)) is var stranger and not 0)
        {
            return ResultErrors.NotInClass(stranger, first.ClassCode);
        }

        if (request.Placements.Values.Any(p => p is { } place && !Enum.IsDefined(place)))
        {
            return ResultErrors.Placements(["A placement is 1st, 2nd, 3rd or Honourable Mention."]);
        }

        var existing = (await results.ForClassAsync(request.ClassId, cancellationToken)).ToDictionary(r => r.EntryId);
        var proposed = entries.Select(e => new PlacedEntry(
                e.EntryId,
                e.Performers,
                request.Placements.TryGetValue(e.EntryId, out var placement) ? placement : existing.GetValueOrDefault(e.EntryId)?.Placement,
                existing.GetValueOrDefault(e.EntryId)?.Scratched ?? false,
                existing.GetValueOrDefault(e.EntryId)?.MarkValue))
            .ToList();
        var settings = await results.SettingsAsync(options, first.SeasonId, cancellationToken);
        var check = PlacementRules.Check(proposed, settings.MinimumEntriesForPlacements);
        if (!check.Valid)
        {
            return ResultErrors.Placements(check.Problems);
        }

        var changed = new List<int>();
        foreach (var entry in entries.Where(e => request.Placements.ContainsKey(e.EntryId)))
        {
            var result = await results.EntryResultAsync(entry, cancellationToken);
            if (result.Placement != request.Placements[entry.EntryId])
            {
                result.Place(request.Placements[entry.EntryId]);
                changed.Add(entry.EntryId);
            }
        }

        await results.SaveAsync(cancellationToken);
        if (changed.Count > 0 && request.AsStaff && await results.FindClassResultAsync(request.ClassId, cancellationToken) is { IsSubmitted: true })
        {
            await mediator.Publish(
                new SubmittedResultsChangedNotification(request.ClassId, first.SeasonId, first.ClassCode, changed, "placements", request.UserId, clock.GetUtcNow()),
                cancellationToken);
        }

        return Result<PlacementsSet>.Success(new PlacementsSet(
            request.ClassId,
            proposed.Where(p => p.Placement is not null).ToDictionary(p => p.EntryId, p => p.Placement!.Value),
            check.Warnings));
    }
}
