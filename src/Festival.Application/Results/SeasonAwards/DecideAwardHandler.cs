using Festival.Application.Seasons;
using Festival.Domain.Results;
using Festival.Domain.Seasons;
using Microsoft.Extensions.Options;

namespace Festival.Application.Results.SeasonAwards;

internal sealed class DecideAwardHandler(ISeasons seasons, IResults results, IOptions<ResultsOptions> options, IMediator mediator, TimeProvider clock)
    : IRequestHandler<DecideAwardCommand, Result<AwardDecidedNotification>>
{
    public async Task<Result<AwardDecidedNotification>> Handle(DecideAwardCommand request, CancellationToken cancellationToken)
    {
        var standing = await AwardStanding.LoadAsync(seasons, results, options, request.Season, cancellationToken);
        if (!standing.Succeeded)
        {
            return Result<AwardDecidedNotification>.Failed(standing.Errors);
        }

        var season = standing.Value.Season;
        var outcome = standing.Value.Outcomes.FirstOrDefault(o => string.Equals(o.Award, request.Award?.Trim(), StringComparison.OrdinalIgnoreCase));
        if (outcome is null)
        {
            return Result<AwardDecidedNotification>.Failed(ResultErrors.AwardNotFound((request.Award ?? string.Empty).Trim()));
        }

        if (!outcome.IsTie)
        {
            return Result<AwardDecidedNotification>.Failed(ResultErrors.AwardNotTied(outcome.Award));
        }

        if (outcome.Winners.FirstOrDefault(w => w.EntryId == request.EntryId) is not { } chosen)
        {
            return Result<AwardDecidedNotification>.Failed(ResultErrors.NotATiedWinner(outcome.Award, request.EntryId));
        }

        var now = clock.GetUtcNow();
        var tied = outcome.Winners.Select(w => w.EntryId).Order().ToList();
        var decision = (await results.AwardDecisionsAsync(season.Id, cancellationToken))
            .FirstOrDefault(d => string.Equals(d.Award, outcome.Award, StringComparison.OrdinalIgnoreCase));
        if (decision is null)
        {
            results.Add(new AwardDecision(season.Id, outcome.Award, chosen.EntryId, tied, request.UserId, now));
        }
        else
        {
            decision.Decide(chosen.EntryId, tied, request.UserId, now);
        }

        await results.SaveAsync(cancellationToken);
        var decided = new AwardDecidedNotification(season.Id, season.Name, outcome.Award, chosen.EntryId, chosen.Performers, chosen.ClassCode, tied,
            request.UserId, now);
        await mediator.Publish(decided, cancellationToken);
        return Result<AwardDecidedNotification>.Success(decided);
    }
}

internal sealed class SeasonAwardsHandler(ISeasons seasons, IResults results, IOptions<ResultsOptions> options)
    : IRequestHandler<SeasonAwardsQuery, Result<SeasonAwardsView>>
{
    public async Task<Result<SeasonAwardsView>> Handle(SeasonAwardsQuery request, CancellationToken cancellationToken)
    {
        var standing = await AwardStanding.LoadAsync(seasons, results, options, request.Season, cancellationToken);
        if (!standing.Succeeded)
        {
            return Result<SeasonAwardsView>.Failed(standing.Errors);
        }

        var (season, settings, outcomes) = standing.Value;
        var own = (await results.FindRulesAsync(season.Id, cancellationToken))?.OwnAwards ?? false;
        return Result<SeasonAwardsView>.Success(new SeasonAwardsView(season.Name, own, settings.AwardRules, outcomes));
    }
}

/// <summary>A season's awards as they stand now: its settings and each award's outcome from the published results, decisions applied.</summary>
internal sealed record AwardStanding(Season Season, SeasonResultSettings Settings, IReadOnlyList<AwardOutcome> Outcomes)
{
    public static async Task<Result<AwardStanding>> LoadAsync(
        ISeasons seasons, IResults results, IOptions<ResultsOptions> options, string? seasonName, CancellationToken cancellationToken)
    {
        var season = await seasons.ResolveAsync(seasonName, cancellationToken);
        if (!season.Succeeded)
        {
            return Result<AwardStanding>.Failed(season.Errors);
        }

        var settings = await results.SettingsAsync(options, season.Value.Id, cancellationToken);
        var lines = await results.LinesAsync(season.Value.Id, null, cancellationToken);
        return Result<AwardStanding>.Success(
            new AwardStanding(season.Value, settings, await results.AwardOutcomesAsync(settings, season.Value.Id, lines, cancellationToken)));
    }
}
