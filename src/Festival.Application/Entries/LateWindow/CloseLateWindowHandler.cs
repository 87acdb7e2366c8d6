using Festival.Application.Seasons;
using Festival.Domain.Seasons;

namespace Festival.Application.Entries.LateWindow;

internal sealed class CloseLateWindowHandler(ISeasons seasons, IMediator mediator, IRequestContext requestContext, TimeProvider clock)
    : IRequestHandler<CloseLateWindowCommand, Result<LateWindowClosedNotification>>
{
    public async Task<Result<LateWindowClosedNotification>> Handle(CloseLateWindowCommand request, CancellationToken cancellationToken)
    {
        var resolved = await seasons.ResolveAsync(request.Season, cancellationToken);
        if (!resolved.Succeeded)
        {
            return Result<LateWindowClosedNotification>.Failed(resolved.Errors);
        }

        var season = resolved.Value;
        var now = clock.GetUtcNow();
        if (season.WindowAt(now) != EntryWindow.Late)
        {
            return Error.Conflict("no_late_window", $"Season {season.Name} has no late window open now.");
        }

        season.CloseLateWindow(now);
        await seasons.SaveAsync(cancellationToken);
        var closed = new LateWindowClosedNotification(season.Id, season.Name, requestContext.UserId, now);
        await mediator.Publish(closed, cancellationToken);
        return Result<LateWindowClosedNotification>.Success(closed);
    }
}
