namespace Festival.Application.Seasons.Fees;

internal sealed class SetSeasonFeesHandler(ISeasons seasons, IMediator mediator, IRequestContext requestContext, TimeProvider clock)
    : IRequestHandler<SetSeasonFeesCommand, Result<SeasonFeesChangedNotification>>
{
    public async Task<Result<SeasonFeesChangedNotification>> Handle(SetSeasonFeesCommand request, CancellationToken cancellationToken)
    {
        if (request.Fees is null)
        {
            return Error.Validation("Fees", "fees_required", "Give the season's fee settings.");
        }

        var problems = request.Fees.Problems();
        if (problems.Count > 0)
        {
            return Result<SeasonFeesChangedNotification>.Failed([.. problems.Select(p => Error.Validation(p.Field, "fees_invalid", p.Message))]);
        }

        var resolved = await seasons.ResolveAsync(request.Season, cancellationToken);
        if (!resolved.Succeeded)
        {
            return Result<SeasonFeesChangedNotification>.Failed(resolved.Errors);
        }

        var season = resolved.Value;
        season.SetFees(request.Fees);
        await seasons.SaveAsync(cancellationToken);
        var changed = new SeasonFeesChangedNotification(season.Id, season.Name, season.Fees, requestContext.UserId, clock.GetUtcNow());
        await mediator.Publish(changed, cancellationToken);
        return Result<SeasonFeesChangedNotification>.Success(changed);
    }
}
