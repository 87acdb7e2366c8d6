using Festival.Application.Seasons;
using Festival.Domain.Scheduling;

namespace Festival.Application.Scheduling.Setup;

internal sealed class SaveSessionHandler(ISeasons seasons, IScheduleSetup setup, IMediator mediator, IRequestContext requestContext, TimeProvider clock)
    : IRequestHandler<SaveSessionCommand, Result<int>>
{
    public async Task<Result<int>> Handle(SaveSessionCommand request, CancellationToken cancellationToken)
    {
        var season = await seasons.ResolveAsync(request.Season, cancellationToken);
        if (!season.Succeeded)
        {
            return Result<int>.Failed(season.Errors);
        }

        var seasonId = season.Value.Id;
        var breaks = request.Breaks ?? [];
        if (await SessionRules.CheckAsync(setup, seasonId, request.RoomId, request.AdjudicatorId, request.Start, request.End, breaks, cancellationToken) is { } error)
        {
            return error;
        }

        if (await setup.OverlappingSessionAsync(request.RoomId, request.Date, request.Start, request.End, request.SessionId, cancellationToken) is { } other)
        {
            return ScheduleErrors.SessionOverlaps(other);
        }

        var now = clock.GetUtcNow();
        var pauses = breaks.Select(b => (b.Start, b.End)).ToArray();
        Session session;
        if (request.SessionId is { } id)
        {
            if (await setup.FindSessionAsync(id, cancellationToken) is not { } found || found.SeasonId != seasonId)
            {
                return ScheduleErrors.SessionNotFound(id);
            }

            session = found;
            session.Edit(request.RoomId, request.Date, request.Start, request.End, request.AdjudicatorId, pauses);
        }
        else
        {
            session = new Session(seasonId, request.RoomId, request.Date, request.Start, request.End, request.AdjudicatorId, pauses, now);
            setup.Add(session);
        }

        await setup.SaveAsync(cancellationToken);
        await mediator.Publish(
            new ScheduleSetupChangedNotification(seasonId, "session", [session.Id], request.SessionId is null,
                $"room #{session.RoomId} {session.Date:yyyy-MM-dd} {session.Start:HH\\:mm}–{session.End:HH\\:mm}", requestContext.UserId, now),
            cancellationToken);
        return Result<int>.Success(session.Id);
    }
}
