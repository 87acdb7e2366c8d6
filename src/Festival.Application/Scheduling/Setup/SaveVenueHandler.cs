using Festival.Domain.Scheduling;

namespace Festival.Application.Scheduling.Setup;

internal sealed class SaveVenueHandler(IScheduleSetup setup, IMediator mediator, IRequestContext requestContext, TimeProvider clock)
    : IRequestHandler<SaveVenueCommand, Result<int>>
{
    public async Task<Result<int>> Handle(SaveVenueCommand request, CancellationToken cancellationToken)
    {
        var name = request.Name?.Trim() ?? string.Empty;
        if (name.Length == 0)
        {
            return ScheduleErrors.Required("Name", "venue's name");
        }

        if (name.Length > Venue.MaxNameLength || request.Address?.Trim().Length > Venue.MaxAddressLength)
        {
            return name.Length > Venue.MaxNameLength
                ? ScheduleErrors.TooLong("Name", "venue's name", Venue.MaxNameLength)
                : ScheduleErrors.TooLong("Address", "address", Venue.MaxAddressLength);
        }

        if (await setup.VenueNameTakenAsync(name, request.VenueId, cancellationToken))
        {
            return ScheduleErrors.VenueNameTaken(name);
        }

        var now = clock.GetUtcNow();
        Venue venue;
        if (request.VenueId is { } id)
        {
            if (await setup.FindVenueAsync(id, cancellationToken) is not { } found)
            {
                return ScheduleErrors.VenueNotFound(id);
            }

            venue = found;
            venue.Edit(name, request.Address);
        }
        else
        {
            venue = new Venue(name, request.Address, now);
            setup.Add(venue);
        }

        await setup.SaveAsync(cancellationToken);
        await mediator.Publish(
            new ScheduleSetupChangedNotification(null, "venue", [venue.Id], request.VenueId is null, venue.Name, requestContext.UserId, now), cancellationToken);
        return Result<int>.Success(venue.Id);
    }
}
