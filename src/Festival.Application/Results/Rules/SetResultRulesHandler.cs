using Festival.Application.Seasons;
using Festival.Domain.Results;

namespace Festival.Application.Results.Rules;

internal sealed class SetResultRulesHandler(ISeasons seasons, IResults results, IMediator mediator, TimeProvider clock)
    : IRequestHandler<SetResultRulesCommand, Result<ResultRulesSetNotification>>
{
    public async Task<Result<ResultRulesSetNotification>> Handle(SetResultRulesCommand request, CancellationToken cancellationToken)
    {
        var season = await seasons.ResolveAsync(request.Season, cancellationToken);
        if (!season.Succeeded)
        {
            return Result<ResultRulesSetNotification>.Failed(season.Errors);
        }

        var errors = new List<Error>();
        var scale = MarkScale.Parse(request.Scale);
        if (!scale.Succeeded)
        {
            errors.Add(ResultErrors.Scale(scale.Problem!));
        }

        else if (scale.Value!.CertificateBandProblem(request.CertificateBand) is { } band)
        {
            errors.Add(ResultErrors.CertificateBand(band));
        }

        if (request.MinimumEntriesForPlacements < 0)
        {
            errors.Add(ResultErrors.MinimumInvalid);
        }

        if (request.Recommendations.Any(r => r.Trim().Length > EntryResult.MaxRecommendationLength)
            || string.Join('\n', request.Recommendations).Length > ResultRules.MaxRecommendationsLength)
        {
            errors.Add(Error.Validation("Recommendations", "recommendations_too_long",
                $"Each recommendation is at most {EntryResult.MaxRecommendationLength} characters, and all of them at most {ResultRules.MaxRecommendationsLength}."));
        }

        if (errors.Count > 0)
        {
            return Result<ResultRulesSetNotification>.Failed(errors);
        }

        var now = clock.GetUtcNow();
        var rules = await results.FindRulesAsync(season.Value.Id, cancellationToken);
        if (rules is null)
        {
            rules = new ResultRules(season.Value.Id, scale.Value!, request.MinimumEntriesForPlacements, request.Recommendations, request.PublicMarks, request.CertificateBand, now);
            results.Add(rules);
        }
        else
        {
            rules.Change(scale.Value!, request.MinimumEntriesForPlacements, request.Recommendations, request.PublicMarks, request.CertificateBand, now);
        }

        await results.SaveAsync(cancellationToken);
        var set = new ResultRulesSetNotification(
            season.Value.Id, season.Value.Name, rules.ScaleSpec, rules.MinimumEntriesForPlacements, rules.RecommendationList, rules.PublicMarks, rules.CertificateBand, request.UserId, now);
        await mediator.Publish(set, cancellationToken);
        return Result<ResultRulesSetNotification>.Success(set);
    }
}
