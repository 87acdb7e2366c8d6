using Festival.Application.Seasons;
using Festival.Domain.Scheduling;

namespace Festival.Application.Scheduling.Setup;

internal sealed class CreateSessionsFromTemplateHandler(
    ISeasons seasons, IScheduleSetup setup, IMediator mediator, IRequestContext requestContext, TimeProvider clock)
    : IRequestHandler<CreateSessionsFromTemplateCommand, Result<IReadOnlyList<int>>>
{
    private const int MaxSessions = 1000;

    public async Task<Result<IReadOnlyList<int>>> Handle(CreateSessionsFromTemplateCommand request, CancellationToken cancellationToken)
    {
        var season = await seasons.ResolveAsync(request.Season, cancellationToken);
        if (!season.Succeeded)
        {
            return Result<IReadOnlyList<int>>.Failed(season.Errors);
        }

        var times = (request.Times ?? []).OrderBy(t => t.Start).ToArray();
        var rooms = (request.RoomIds ?? []).Distinct().ToArray();
        var days = request.To.DayNumber - request.From.DayNumber + 1;
        if (times.Length == 0 || rooms.Length == 0 || days < 1)
        {
            return ScheduleErrors.TemplateEmpty;
        }

        if ((long)days * times.Length * rooms.Length > MaxSessions)
        {
            return ScheduleErrors.TemplateTooLarge;
        }

        for (var i = 1; i < times.Length; i++)
        {
            if (times[i].Start < times[i - 1].End)
            {
                return ScheduleErrors.Times($"the template's times {times[i - 1].Start:HH\\:mm}–{times[i - 1].End:HH\\:mm} and {times[i].Start:HH\\:mm}–{times[i].End:HH\\:mm} overlap");
            }
        }

        foreach (var room in rooms)
        {
            foreach (var time in times)
            {
                if (await SessionRules.CheckAsync(setup, season.Value.Id, room, request.AdjudicatorId, time.Start, time.End, [], cancellationToken) is { } error)
                {
                    return error;
                }
            }
        }

        var now = clock.GetUtcNow();
        var created = new List<Session>();
        for (var day = request.From; day <= request.To; day = day.AddDays(1))
        {
            foreach (var room in rooms)
            {
                foreach (var time in times)
                {
                    if (await setup.OverlappingSessionAsync(room, day, time.Start, time.End, null, cancellationToken) is { } other)
                    {
                        if (other.Start == time.Start && other.End == time.End)
                        {
                            continue;
                        }

                        return ScheduleErrors.SessionOverlaps(other);
                    }

                    var session = new Session(season.Value.Id, room, day, time.Start, time.End, request.AdjudicatorId, [], now);
                    setup.Add(session);
                    created.Add(session);
                }
            }
        }

        await setup.SaveAsync(cancellationToken);
        var ids = created.Select(s => s.Id).ToArray();
        await mediator.Publish(
            new ScheduleSetupChangedNotification(season.Value.Id, "session", ids, true,
                $"{ids.Length} sessions from {request.From:yyyy-MM-dd} to {request.To:yyyy-MM-dd}", requestContext.UserId, now),
            cancellationToken);
        return Result<IReadOnlyList<int>>.Success(ids);
    }
}
