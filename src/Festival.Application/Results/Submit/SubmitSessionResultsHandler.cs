using Festival.Domain.Results;
using Microsoft.Extensions.Options;

namespace Festival.Application.Results.Submit;

internal sealed class SubmitSessionResultsHandler(IResults results, IAdjudication adjudication, IOptions<ResultsOptions> options, IMediator mediator, TimeProvider clock)
    : IRequestHandler<SubmitSessionResultsCommand, Result<SessionResultsSubmittedNotification>>
{
    public async Task<Result<SessionResultsSubmittedNotification>> Handle(SubmitSessionResultsCommand request, CancellationToken cancellationToken)
    {
        var session = await adjudication.FindSessionAsync(request.SessionId, cancellationToken);
        if (session is null || (!request.AsStaff && session.AdjudicatorUserId != request.UserId))
        {
            return ResultErrors.SessionNotFound(request.SessionId);
        }

        var settings = await results.SettingsAsync(options, session.SeasonId, cancellationToken);
        var errors = new List<Error>();
        var toSubmit = new List<ClassResult>();
        foreach (var classId in session.ClassIds.Distinct())
        {
            var entries = await results.ClassEntriesAsync(classId, cancellationToken);
            var classResult = await results.ClassResultAsync(classId, session.SeasonId, cancellationToken);
            if (entries.Count == 0 || classResult.IsSubmitted)
            {
                continue;
            }

            var kept = (await results.ForClassAsync(classId, cancellationToken)).ToDictionary(r => r.EntryId);
            foreach (var entry in entries.Where(e => kept.GetValueOrDefault(e.EntryId) is not { Scratched: true } and not { Mark: not null }))
            {
                errors.Add(ResultErrors.Unmarked(entry.ClassCode, entry.Performers));
            }

            var check = PlacementRules.Check(
                [.. entries.Select(e => new PlacedEntry(e.EntryId, e.Performers, kept.GetValueOrDefault(e.EntryId)?.Placement,
                    kept.GetValueOrDefault(e.EntryId)?.Scratched ?? false, kept.GetValueOrDefault(e.EntryId)?.MarkValue))],
                settings.MinimumEntriesForPlacements);
            if (!check.Valid)
            {
                errors.Add(ResultErrors.InvalidPlacementsAt(entries[0].ClassCode, check.Problems));
            }

            toSubmit.Add(classResult);
        }

        if (errors.Count > 0)
        {
            return Result<SessionResultsSubmittedNotification>.Failed(errors);
        }

        var now = clock.GetUtcNow();
        foreach (var classResult in toSubmit)
        {
            classResult.Submit(request.UserId, now);
        }

        await results.SaveAsync(cancellationToken);
        var submitted = new SessionResultsSubmittedNotification(session.Id, session.SeasonId, [.. toSubmit.Select(c => c.ClassId)], request.UserId, now);
        if (toSubmit.Count > 0)
        {
            await mediator.Publish(submitted, cancellationToken);
        }

        return Result<SessionResultsSubmittedNotification>.Success(submitted);
    }
}
