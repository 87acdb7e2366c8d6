using Festival.Domain.Results;
using Microsoft.Extensions.Options;

namespace Festival.Application.Results.Save;

internal sealed class SaveEntryResultHandler(IResults results, IAdjudication adjudication, IOptions<ResultsOptions> options, IMediator mediator, TimeProvider clock)
    : IRequestHandler<SaveEntryResultCommand, Result<EntryResultSaved>>
{
    public async Task<Result<EntryResultSaved>> Handle(SaveEntryResultCommand request, CancellationToken cancellationToken)
    {
        var target = await results.FindTargetAsync(request.EntryId, cancellationToken);
        if (target is null)
        {
            return ResultErrors.EntryNotFound(request.EntryId);
        }

        if (await ResultAccess.CheckAsync(results, adjudication, request.UserId, request.AsStaff, target.ClassId, target.ClassCode,
                ResultErrors.EntryNotFound(request.EntryId), cancellationToken) is { } refused)
        {
            return refused;
        }

        var settings = await results.SettingsAsync(options, target.SeasonId, cancellationToken);
        var errors = new List<Error>();
        if (request.Version < 1)
        {
            errors.Add(ResultErrors.VersionInvalid);
        }

        Mark? mark = null;
        if (!string.IsNullOrWhiteSpace(request.Mark))
        {
            var reading = settings.Scale.Read(request.Mark);
            if (reading.Succeeded)
            {
                mark = reading.Value;
            }
            else
            {
                errors.Add(ResultErrors.Mark(reading.Problem!));
            }
        }

        if (request.Comments?.Trim().Length > EntryResult.MaxCommentsLength)
        {
            errors.Add(ResultErrors.CommentsTooLong);
        }

        if (ResultRules.RecommendationProblem(request.Recommendation, settings.Recommendations) is { } recommendation)
        {
            errors.Add(ResultErrors.Recommendation(recommendation));
        }

        if (errors.Count > 0)
        {
            return Result<EntryResultSaved>.Failed(errors);
        }

        var result = await results.EntryResultAsync(target, cancellationToken);
        var now = clock.GetUtcNow();
        var outcome = result.Save(request.Version, mark, request.Comments, CanonicalRecommendation(request.Recommendation, settings.Recommendations), request.UserId, now);
        if (outcome == SaveOutcome.Stale)
        {
            return ResultErrors.Stale(result.Version);
        }

        if (outcome == SaveOutcome.Applied)
        {
            await results.SaveAsync(cancellationToken);
            if (request.AsStaff && await results.FindClassResultAsync(target.ClassId, cancellationToken) is { IsSubmitted: true })
            {
                await mediator.Publish(
                    new SubmittedResultsChangedNotification(target.ClassId, target.SeasonId, target.ClassCode, [target.EntryId],
                        $"mark {result.Mark ?? "none"}, version {result.Version}", request.UserId, now),
                    cancellationToken);
            }
        }

        return Result<EntryResultSaved>.Success(new EntryResultSaved(
            target.EntryId, outcome, result.Version, result.Mark, result.MarkValue is { } value ? settings.Scale.BandOf(value) : null));
    }

    /// <summary>A listed recommendation as the festival spells it, whatever the letter case typed.</summary>
    private static string? CanonicalRecommendation(string? typed, IReadOnlyList<string> allowed) =>
        string.IsNullOrWhiteSpace(typed) ? null : allowed.FirstOrDefault(a => string.Equals(a, typed.Trim(), StringComparison.OrdinalIgnoreCase)) ?? typed.Trim();
}
