namespace Festival.Application.Seasons.Use;

internal sealed class UseSeasonHandler(ISeasons seasons) : IRequestHandler<UseSeasonCommand, Result>
{
    public async Task<Result> Handle(UseSeasonCommand request, CancellationToken cancellationToken)
    {
        var season = await seasons.FindAsync((request.Name ?? string.Empty).Trim(), cancellationToken);
        if (season is null)
        {
            return Result.Failed(SeasonErrors.NotFound((request.Name ?? string.Empty).Trim()));
        }

        if (season.IsCurrent)
        {
            return Result.Success();
        }

        if (await seasons.CurrentAsync(cancellationToken) is { } current)
        {
            current.Retire();
            await seasons.SaveAsync(cancellationToken);
        }

        season.MakeCurrent();
        await seasons.SaveAsync(cancellationToken);
        return Result.Success();
    }
}
