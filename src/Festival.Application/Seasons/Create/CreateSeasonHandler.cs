using System.Globalization;
using Festival.Domain.Seasons;
using Microsoft.Extensions.Options;

namespace Festival.Application.Seasons.Create;

internal sealed class CreateSeasonHandler(
    ISeasons seasons, IMediator mediator, IRequestContext requestContext, TimeProvider clock, IOptions<SeasonOptions> options)
    : IRequestHandler<CreateSeasonCommand, Result<SeasonStartedNotification>>
{
    public async Task<Result<SeasonStartedNotification>> Handle(CreateSeasonCommand request, CancellationToken cancellationToken)
    {
        var name = request.Name.Trim();
        if (await seasons.FindAsync(name, cancellationToken) is not null)
        {
            return SeasonErrors.NameTaken(name);
        }

        Season? source = null;
        if (request.CopySyllabusFrom is { } from)
        {
            source = await seasons.FindAsync(from.Trim(), cancellationToken);
            if (source is null)
            {
                return Error.NotFound("season_not_found", $"There is no season named '{from.Trim()}' to copy the syllabus from.");
            }
        }

        var now = clock.GetUtcNow();
        var current = await seasons.CurrentAsync(cancellationToken);
        var season = new Season(name, request.FestivalName ?? source?.FestivalName ?? current?.FestivalName ?? options.Value.FestivalName,
            request.AgeDate ?? DefaultAgeDate(name, now), now);
        season.SetDates(request.StartsOn, request.EndsOn, request.EntriesOpenAt, request.EntriesCloseAt);
        var makeCurrent = request.MakeCurrent || current is null;
        if (makeCurrent && current is not null)
        {
            // Two steps, so the unique index on the current season never sees two at once.
            current.Retire();
            await seasons.SaveAsync(cancellationToken);
        }

        if (makeCurrent)
        {
            season.MakeCurrent();
        }

        await seasons.AddAsync(season, cancellationToken);
        var copied = source is null ? 0 : await seasons.CopySyllabusAsync(source.Id, season.Id, now, cancellationToken);

        var started = new SeasonStartedNotification(season.Id, season.Name, source?.Name, copied, makeCurrent, requestContext.UserId, now);
        await mediator.Publish(started, cancellationToken);
        return Result<SeasonStartedNotification>.Success(started);
    }

    /// <summary>A season named after a year counts ages on that year's configured day; otherwise on that day of this year.</summary>
    private DateOnly DefaultAgeDate(string name, DateTimeOffset now)
    {
        var year = int.TryParse(name, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 1900 and <= 9999 ? y : now.Year;
        return DateOnly.ParseExact($"{year:D4}-{options.Value.DefaultAgeDate}", "yyyy-MM-dd", CultureInfo.InvariantCulture);
    }
}
