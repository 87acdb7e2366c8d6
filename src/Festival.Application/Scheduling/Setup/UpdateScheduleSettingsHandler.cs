using Festival.Application.Seasons;
using Festival.Domain.Scheduling;

namespace Festival.Application.Scheduling.Setup;

internal sealed class UpdateScheduleSettingsHandler(
    ISeasons seasons, IScheduleStore store, IMediator mediator, IRequestContext requestContext, TimeProvider clock)
    : IRequestHandler<UpdateScheduleSettingsCommand, Result>
{
    public async Task<Result> Handle(UpdateScheduleSettingsCommand request, CancellationToken cancellationToken)
    {
        var season = await seasons.ResolveAsync(request.Season, cancellationToken);
        if (!season.Succeeded)
        {
            return Result.Failed(season.Errors);
        }

        if (ScheduleSettings.Problem(request.AdjudicationSecondsPerEntry, request.WarmUpSecondsPerEntry, request.SummarySecondsPerClass,
                request.Changeover, request.Weights) is { } problem)
        {
            return Result.Failed(ScheduleErrors.Settings(problem));
        }

        var settings = await store.FindSettingsAsync(season.Value.Id, cancellationToken);
        if (settings is null)
        {
            settings = ScheduleSettings.ForSeason(season.Value.Id);
            store.Add(settings);
        }

        settings.Update(request.AdjudicationSecondsPerEntry, request.WarmUpSecondsPerEntry, request.SummarySecondsPerClass, request.Changeover, request.Weights);
        await store.SaveAsync(cancellationToken);
        await mediator.Publish(
            new ScheduleSetupChangedNotification(season.Value.Id, "settings", [season.Value.Id], false,
                $"entry {request.AdjudicationSecondsPerEntry}+{request.WarmUpSecondsPerEntry} s, class {request.SummarySecondsPerClass} s, "
                + $"changeover {request.Changeover.WithinVenue.TotalMinutes}/{request.Changeover.BetweenVenues.TotalMinutes} min",
                requestContext.UserId, clock.GetUtcNow()),
            cancellationToken);
        return Result.Success();
    }
}
