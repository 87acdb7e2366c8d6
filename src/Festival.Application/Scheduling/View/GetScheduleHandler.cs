using Festival.Application.Seasons;

namespace Festival.Application.Scheduling.View;

internal sealed class GetScheduleHandler(ISeasons seasons, IScheduleStore store) : IRequestHandler<GetScheduleQuery, Result<ScheduleView>>
{
    public async Task<Result<ScheduleView>> Handle(GetScheduleQuery request, CancellationToken cancellationToken)
    {
        var season = await seasons.ResolveAsync(request.Season, cancellationToken);
        if (!season.Succeeded)
        {
            return Result<ScheduleView>.Failed(season.Errors);
        }

        return Result<ScheduleView>.Success(await ScheduleViews.LoadAsync(store, season.Value, cancellationToken));
    }
}
