using Festival.Application.Seasons;
using Festival.Domain.Scheduling;

namespace Festival.Application.Scheduling.View;

internal sealed class CheckScheduleHandler(ISeasons seasons, IScheduleStore store) : IRequestHandler<CheckScheduleQuery, Result<ScheduleCheckReport>>
{
    public async Task<Result<ScheduleCheckReport>> Handle(CheckScheduleQuery request, CancellationToken cancellationToken)
    {
        var season = await seasons.ResolveAsync(request.Season, cancellationToken);
        if (!season.Succeeded)
        {
            return Result<ScheduleCheckReport>.Failed(season.Errors);
        }

        var input = ScheduleInput.From(await store.LoadAsync(season.Value.Id, cancellationToken));
        var check = ScheduleChecker.Check(input.Problem, input.Current);
        var views = await ScheduleConflicts.ViewsAsync(store, input, check.Conflicts, cancellationToken);
        return Result<ScheduleCheckReport>.Success(new ScheduleCheckReport(season.Value.Id, season.Value.Name, input.Current.Placements.Count, views, check.Soft.Total));
    }
}
