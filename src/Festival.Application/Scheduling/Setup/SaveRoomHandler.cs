using Festival.Domain.Scheduling;

namespace Festival.Application.Scheduling.Setup;

internal sealed class SaveRoomHandler(IScheduleSetup setup, IMediator mediator, IRequestContext requestContext, TimeProvider clock)
    : IRequestHandler<SaveRoomCommand, Result<int>>
{
    public async Task<Result<int>> Handle(SaveRoomCommand request, CancellationToken cancellationToken)
    {
        var name = request.Name?.Trim() ?? string.Empty;
        if (name.Length == 0)
        {
            return ScheduleErrors.Required("Name", "room's name");
        }

        if (name.Length > Room.MaxNameLength)
        {
            return ScheduleErrors.TooLong("Name", "room's name", Room.MaxNameLength);
        }

        if (Domain.Scheduling.Disciplines.Join(request.Disciplines ?? []).Length > Domain.Scheduling.Disciplines.MaxLength)
        {
            return ScheduleErrors.TooLong("Disciplines", "list of disciplines", Domain.Scheduling.Disciplines.MaxLength);
        }

        if (await setup.FindVenueAsync(request.VenueId, cancellationToken) is null)
        {
            return ScheduleErrors.VenueNotFound(request.VenueId);
        }

        if (await setup.RoomNameTakenAsync(request.VenueId, name, request.RoomId, cancellationToken))
        {
            return ScheduleErrors.RoomNameTaken(name);
        }

        Room room;
        if (request.RoomId is { } id)
        {
            if (await setup.FindRoomAsync(id, cancellationToken) is not { } found || found.VenueId != request.VenueId)
            {
                return ScheduleErrors.RoomNotFound(id);
            }

            room = found;
            room.Edit(name, request.Disciplines ?? []);
        }
        else
        {
            room = new Room(request.VenueId, name, request.Disciplines ?? []);
            setup.Add(room);
        }

        await setup.SaveAsync(cancellationToken);
        await mediator.Publish(
            new ScheduleSetupChangedNotification(null, "room", [room.Id], request.RoomId is null, $"{room.Name}: {string.Join(", ", room.Disciplines)}",
                requestContext.UserId, clock.GetUtcNow()),
            cancellationToken);
        return Result<int>.Success(room.Id);
    }
}
