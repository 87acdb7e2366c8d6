using Festival.Application.People.Managed;
using Festival.Application.Seasons;
using Festival.Domain.Entries;
using Festival.Domain.Seasons;

namespace Festival.Application.Entries.Submit;

internal sealed class SubmitEntriesHandler(ISeasons seasons, IOnlineEntries entries, IManagedPeople managed, IMediator mediator, TimeProvider clock)
    : IRequestHandler<SubmitEntriesCommand, Result<EntriesSubmittedNotification>>
{
    public async Task<Result<EntriesSubmittedNotification>> Handle(SubmitEntriesCommand request, CancellationToken cancellationToken)
    {
        var resolved = await seasons.ResolveAsync(request.Season, cancellationToken);
        if (!resolved.Succeeded)
        {
            return Result<EntriesSubmittedNotification>.Failed(resolved.Errors);
        }

        var season = resolved.Value;
        var basket = await entries.BasketAsync(request.UserId, season.Id, cancellationToken);
        if (basket.Count == 0)
        {
            return EntryErrors.BasketEmpty;
        }

        var now = clock.GetUtcNow();
        var late = season.WindowAt(now) == EntryWindow.Late;
        var surcharge = late ? season.LateSurchargeCents : 0;
        var errors = new List<Error>();
        var made = new List<Entry>();
        foreach (var item in basket)
        {
            var pieces = item.Pieces.OrderBy(p => p.Position).Select(p => (p.Title, p.Composer, Seconds: p.DurationSeconds)).ToList();
            var check = await entries.CheckAsync(managed, season, request.UserId, request.AsStaff, now, item.ClassId, item.GroupId, item.Performers(), pieces, cancellationToken);
            if (!check.Succeeded)
            {
                errors.AddRange(check.Errors);
                continue;
            }

            var entry = item.GroupId is { } groupId
                ? Entry.ForGroup(season.Id, item.ClassId, groupId, check.Value.Class.Fee, now)
                : Entry.ForPeople(season.Id, item.ClassId, item.Performers(), check.Value.Class.Fee, now);
            entry.Describe(item.TeacherId, item.AccompanistId, item.Comments, await entries.PieceIdsAsync(pieces, now, cancellationToken), now);
            entry.SubmitBy(request.UserId, surcharge);
            made.Add(entry);
        }

        if (errors.Count > 0)
        {
            // Nothing is written: the transaction behavior rolls back the pieces added above.
            return Result<EntriesSubmittedNotification>.Failed(errors.DistinctBy(e => (e.Code, e.Message)).ToList());
        }

        foreach (var entry in made)
        {
            await entries.AddEntryAsync(entry, cancellationToken);
        }

        foreach (var item in basket)
        {
            entries.Remove(item);
        }

        await entries.SaveAsync(cancellationToken);
        var submitted = new EntriesSubmittedNotification(
            request.UserId, season.Id, season.Name, [.. made.Select(e => e.Id)], made.Sum(e => e.FeeCents + e.SurchargeCents), late, now);
        await mediator.Publish(submitted, cancellationToken);
        return Result<EntriesSubmittedNotification>.Success(submitted);
    }
}
