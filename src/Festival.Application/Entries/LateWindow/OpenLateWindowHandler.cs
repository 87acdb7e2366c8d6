using Festival.Application.Seasons;

namespace Festival.Application.Entries.LateWindow;

internal sealed class OpenLateWindowHandler(ISeasons seasons, IMediator mediator, IRequestContext requestContext, TimeProvider clock)
    : IRequestHandler<OpenLateWindowCommand, Result<LateWindowOpenedNotification>>
{
    public const long MaxSurchargeCents = 1_000_000;

    public async Task<Result<LateWindowOpenedNotification>> Handle(OpenLateWindowCommand request, CancellationToken cancellationToken)
    {
        var resolved = await seasons.ResolveAsync(request.Season, cancellationToken);
        if (!resolved.Succeeded)
        {
            return Result<LateWindowOpenedNotification>.Failed(resolved.Errors);
        }

        var season = resolved.Value;
        if (season.EntriesCloseAt is not { } close)
        {
            return Error.Validation("ClosesAt", "no_deadline", $"Season {season.Name} has no entry deadline, so there is nothing to be late for.");
        }

        if (request.ClosesAt <= close)
        {
            return Error.Validation("ClosesAt", "late_window_before_deadline", $"A late window ends after the entry deadline ({close:yyyy-MM-dd HH:mm} UTC).");
        }

        if (request.SurchargeCents is < 0 or > MaxSurchargeCents)
        {
            return Error.Validation("Surcharge", "surcharge_invalid", "The late surcharge is an amount from 0 to 10,000.00.");
        }

        season.OpenLateWindow(request.ClosesAt, request.SurchargeCents);
        await seasons.SaveAsync(cancellationToken);
        var opened = new LateWindowOpenedNotification(season.Id, season.Name, request.ClosesAt, request.SurchargeCents, requestContext.UserId, clock.GetUtcNow());
        await mediator.Publish(opened, cancellationToken);
        return Result<LateWindowOpenedNotification>.Success(opened);
    }
}
