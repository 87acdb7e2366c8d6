using Festival.Application.Seasons;
using Festival.Domain.Results;

namespace Festival.Application.Results.Publish;

internal sealed class PublishResultsHandler(ISeasons seasons, IResults results, IMediator mediator, TimeProvider clock)
    : IRequestHandler<PublishResultsCommand, Result<ResultsPublishedNotification>>
{
    public async Task<Result<ResultsPublishedNotification>> Handle(PublishResultsCommand request, CancellationToken cancellationToken)
    {
        var season = await seasons.ResolveAsync(request.Season, cancellationToken);
        if (!season.Succeeded)
        {
            return Result<ResultsPublishedNotification>.Failed(season.Errors);
        }

        var seasonId = season.Value.Id;
        var chosen = new List<ClassResult>();
        if (request.ClassIds is { Count: > 0 } classIds)
        {
            foreach (var classId in classIds.Distinct())
            {
                var entries = await results.ClassEntriesAsync(classId, cancellationToken);
                var classResult = await results.FindClassResultAsync(classId, cancellationToken);
                if (entries.Count == 0 || entries[0].SeasonId != seasonId)
                {
                    return Error.NotFound("class_not_found", $"There is no class {classId} with entries in season {season.Value.Name}.");
                }

                if (classResult is not { IsSubmitted: true })
                {
                    return ResultErrors.NotSubmitted(entries[0].ClassCode);
                }

                if (!classResult.IsPublished)
                {
                    chosen.Add(classResult);
                }
            }
        }
        else
        {
            chosen.AddRange(await results.AwaitingPublicationAsync(seasonId, cancellationToken));
        }

        if (chosen.Count == 0)
        {
            return ResultErrors.NothingToPublish;
        }

        var now = clock.GetUtcNow();
        foreach (var classResult in chosen)
        {
            classResult.Publish(request.UserId, now);
        }

        await results.SaveAsync(cancellationToken);
        var published = new ResultsPublishedNotification(seasonId, season.Value.Name, [.. chosen.Select(c => c.ClassId).Order()], request.UserId, now);
        await mediator.Publish(published, cancellationToken);
        return Result<ResultsPublishedNotification>.Success(published);
    }
}
