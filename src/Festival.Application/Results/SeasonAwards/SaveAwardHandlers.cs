using Festival.Application.Seasons;
using Festival.Domain.Results;
using Microsoft.Extensions.Options;

namespace Festival.Application.Results.SeasonAwards;

internal sealed class SaveAwardHandler(ISeasons seasons, IResults results, IOptions<ResultsOptions> options, IMediator mediator, TimeProvider clock)
    : IRequestHandler<SaveAwardCommand, Result<AwardSavedNotification>>
{
    public async Task<Result<AwardSavedNotification>> Handle(SaveAwardCommand request, CancellationToken cancellationToken)
    {
        var season = await seasons.ResolveAsync(request.Season, cancellationToken);
        if (!season.Succeeded)
        {
            return Result<AwardSavedNotification>.Failed(season.Errors);
        }

        var rule = new AwardRule(request.Name.Trim(), request.Discipline, request.Level, request.Classes, request.FirstPlaceOnly);
        if (AwardCheck.Problems(rule) is { Count: > 0 } problems)
        {
            return Result<AwardSavedNotification>.Failed(problems);
        }

        var now = clock.GetUtcNow();
        var awards = await AwardCheck.OwnAwardsAsync(results, options, season.Value.Id, now, cancellationToken);
        SeasonAward? award = null;
        if (!string.IsNullOrWhiteSpace(request.OriginalName))
        {
            award = AwardCheck.Named(awards, request.OriginalName);
            if (award is null)
            {
                return Result<AwardSavedNotification>.Failed(ResultErrors.AwardNotFound(request.OriginalName.Trim()));
            }
        }

        if (awards.Any(a => a != award && string.Equals(a.Name, rule.Name, StringComparison.OrdinalIgnoreCase)))
        {
            return Result<AwardSavedNotification>.Failed(ResultErrors.AwardNameTaken(rule.Name));
        }

        if (award is null)
        {
            results.Add(new SeasonAward(season.Value.Id, rule));
        }
        else
        {
            var renamed = !string.Equals(award.Name, rule.Name, StringComparison.Ordinal);
            if (renamed)
            {
                // A decision follows its award under the new name; whether it still applies is judged against the results.
                foreach (var decision in (await results.AwardDecisionsAsync(season.Value.Id, cancellationToken))
                             .Where(d => string.Equals(d.Award, award.Name, StringComparison.OrdinalIgnoreCase)))
                {
                    decision.Rename(rule.Name);
                }
            }

            award.Change(rule);
        }

        await results.SaveAsync(cancellationToken);
        var saved = new AwardSavedNotification(season.Value.Id, season.Value.Name, award is null ? null : request.OriginalName!.Trim(), rule.Name,
            string.IsNullOrWhiteSpace(rule.Discipline) ? null : rule.Discipline.Trim(), string.IsNullOrWhiteSpace(rule.Level) ? null : rule.Level.Trim(),
            [.. request.Classes.Select(c => c.Trim()).Where(c => c.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase)], rule.FirstPlaceOnly, request.UserId, now);
        await mediator.Publish(saved, cancellationToken);
        return Result<AwardSavedNotification>.Success(saved);
    }
}

internal sealed class RemoveAwardHandler(ISeasons seasons, IResults results, IOptions<ResultsOptions> options, IMediator mediator, TimeProvider clock)
    : IRequestHandler<RemoveAwardCommand, Result<AwardRemovedNotification>>
{
    public async Task<Result<AwardRemovedNotification>> Handle(RemoveAwardCommand request, CancellationToken cancellationToken)
    {
        var season = await seasons.ResolveAsync(request.Season, cancellationToken);
        if (!season.Succeeded)
        {
            return Result<AwardRemovedNotification>.Failed(season.Errors);
        }

        var now = clock.GetUtcNow();
        var awards = await AwardCheck.OwnAwardsAsync(results, options, season.Value.Id, now, cancellationToken);
        if (AwardCheck.Named(awards, request.Name) is not { } award)
        {
            return Result<AwardRemovedNotification>.Failed(ResultErrors.AwardNotFound((request.Name ?? string.Empty).Trim()));
        }

        results.Remove(award);
        foreach (var decision in (await results.AwardDecisionsAsync(season.Value.Id, cancellationToken))
                     .Where(d => string.Equals(d.Award, award.Name, StringComparison.OrdinalIgnoreCase)))
        {
            results.Remove(decision);
        }

        await results.SaveAsync(cancellationToken);
        var removed = new AwardRemovedNotification(season.Value.Id, season.Value.Name, award.Name, request.UserId, now);
        await mediator.Publish(removed, cancellationToken);
        return Result<AwardRemovedNotification>.Success(removed);
    }
}

internal static class AwardCheck
{
    /// <summary>Every reason the rule cannot be kept, each on the field it concerns.</summary>
    public static List<Error> Problems(AwardRule rule)
    {
        var errors = new List<Error>();
        if (rule.Problem is { } problem)
        {
            errors.Add(ResultErrors.Award(string.IsNullOrWhiteSpace(rule.Name) ? "Name" : "Discipline", problem));
        }

        if (rule.Name.Length > SeasonAward.MaxNameLength)
        {
            errors.Add(ResultErrors.Award("Name", $"An award's name is at most {SeasonAward.MaxNameLength} characters."));
        }

        if ((rule.Discipline?.Trim().Length ?? 0) > SeasonAward.MaxNameLength || (rule.Level?.Trim().Length ?? 0) > SeasonAward.MaxNameLength)
        {
            errors.Add(ResultErrors.Award("Discipline", $"A discipline or level is at most {SeasonAward.MaxNameLength} characters."));
        }

        if (string.Join('\n', (rule.ClassCodes ?? []).Select(c => c.Trim())).Length > SeasonAward.MaxClassesLength)
        {
            errors.Add(ResultErrors.Award("Classes", $"The class codes of an award are at most {SeasonAward.MaxClassesLength} characters in all."));
        }

        return errors;
    }

    /// <summary>The season's own awards, the configured ones copied in (and saved) when the season had none of its own yet.</summary>
    public static async Task<IReadOnlyList<SeasonAward>> OwnAwardsAsync(
        IResults results, IOptions<ResultsOptions> options, int seasonId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await results.OwnRulesAsync(options, seasonId, at, cancellationToken);
        await results.SaveAsync(cancellationToken);
        return await results.AwardsAsync(seasonId, cancellationToken);
    }

    public static SeasonAward? Named(IEnumerable<SeasonAward> awards, string? name) =>
        awards.FirstOrDefault(a => string.Equals(a.Name, name?.Trim(), StringComparison.OrdinalIgnoreCase));
}
