using Festival.Application.Seasons;
using Festival.Domain.Scheduling;

namespace Festival.Application.Scheduling.Publish;

internal sealed class PublishScheduleHandler(ISeasons seasons, IScheduleStore store, IMediator mediator, IRequestContext requestContext, TimeProvider clock)
    : IRequestHandler<PublishScheduleCommand, Result<SchedulePublishedNotification>>
{
    public async Task<Result<SchedulePublishedNotification>> Handle(PublishScheduleCommand request, CancellationToken cancellationToken)
    {
        var season = await seasons.ResolveAsync(request.Season, cancellationToken);
        if (!season.Succeeded)
        {
            return Result<SchedulePublishedNotification>.Failed(season.Errors);
        }

        var data = await store.LoadAsync(season.Value.Id, cancellationToken);
        if (data.Scheduled.Count == 0)
        {
            return ScheduleErrors.NothingToPublish;
        }

        var input = ScheduleInput.From(data);
        var blocking = ScheduleChecker.Check(input.Problem, input.Current).Blocking.Select(c => $"{c.Kind}: {c.Message}").ToArray();
        if (blocking.Length > 0 && !request.Override)
        {
            return ScheduleErrors.BlockingConflicts(blocking.Length);
        }

        var version = ((await store.LatestPublicationAsync(season.Value.Id, cancellationToken))?.Version ?? 0) + 1;
        var now = clock.GetUtcNow();
        store.Add(new SchedulePublication(season.Value.Id, version, SchedulePublishing.Snapshot(input, data.Scheduled), requestContext.UserId, now));
        await store.SaveAsync(cancellationToken);
        var notification = new SchedulePublishedNotification(season.Value.Id, season.Value.Name, version, data.Scheduled.Count, blocking, requestContext.UserId, now);
        await mediator.Publish(notification, cancellationToken);
        return Result<SchedulePublishedNotification>.Success(notification);
    }
}
