using Festival.Application.Seasons;

namespace Festival.Application.Scheduling.Setup;

internal sealed class GetScheduleSetupHandler(ISeasons seasons, IScheduleSetup setup) : IRequestHandler<GetScheduleSetupQuery, Result<ScheduleSetupView>>
{
    public async Task<Result<ScheduleSetupView>> Handle(GetScheduleSetupQuery request, CancellationToken cancellationToken)
    {
        var season = await seasons.ResolveAsync(request.Season, cancellationToken);
        if (!season.Succeeded)
        {
            return Result<ScheduleSetupView>.Failed(season.Errors);
        }

        var venues = await setup.VenuesAsync(cancellationToken);
        var adjudicators = await setup.AdjudicatorsAsync(season.Value.Id, cancellationToken);
        return Result<ScheduleSetupView>.Success(new ScheduleSetupView(
            season.Value.Id,
            season.Value.Name,
            [.. venues.Select(v => new VenueView(v.Venue.Id, v.Venue.Name, v.Venue.Address, [.. v.Rooms.Select(r => new RoomView(r.Id, r.Name, r.Disciplines))]))],
            [.. adjudicators.Select(a => new AdjudicatorView(a.Adjudicator.Id, a.Adjudicator.PersonId, a.Name, a.Adjudicator.Disciplines, a.Adjudicator.AvailableDays))]));
    }
}
