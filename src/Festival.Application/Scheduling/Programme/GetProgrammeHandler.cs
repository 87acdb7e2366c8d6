using Festival.Application.Scheduling.View;
using Festival.Application.Seasons;

namespace Festival.Application.Scheduling.Programme;

internal sealed class GetProgrammeHandler(ISeasons seasons, IScheduleStore store) : IRequestHandler<GetProgrammeQuery, Result<ProgrammeView>>
{
    public async Task<Result<ProgrammeView>> Handle(GetProgrammeQuery request, CancellationToken cancellationToken)
    {
        var season = await seasons.ResolveAsync(request.Season, cancellationToken);
        if (!season.Succeeded)
        {
            return Result<ProgrammeView>.Failed(season.Errors);
        }

        var publication = await store.LatestPublicationAsync(season.Value.Id, cancellationToken);
        if (publication is null && !request.Draft)
        {
            return Result<ProgrammeView>.Success(new ProgrammeView(season.Value.Name, season.Value.FestivalName, null, null));
        }

        var schedule = await ScheduleViews.LoadAsync(store, season.Value, cancellationToken);
        if (request.Search?.Trim() is { Length: > 0 } search)
        {
            bool Has(string? text) => text?.Contains(search, StringComparison.CurrentCultureIgnoreCase) == true;
            var sessions = schedule.Sessions
                .Select(s => s with
                {
                    Classes = [.. s.Classes.Where(c => Has(c.Code) || Has(c.Name) || c.Entries.Any(e => Has(e.Group) || e.Performers.Any(p => Has(p.Name))))],
                })
                .Where(s => s.Classes.Count > 0)
                .ToArray();
            schedule = schedule with { Sessions = sessions, Unscheduled = [] };
        }

        return Result<ProgrammeView>.Success(new ProgrammeView(season.Value.Name, season.Value.FestivalName, publication?.Version, schedule with { Unscheduled = [] }));
    }
}
