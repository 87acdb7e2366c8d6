using Festival.Domain.Seasons;

namespace Festival.Application.Seasons.Fees;

/// <summary>A season's fee settings (the current season unless named).</summary>
public sealed record GetSeasonFeesQuery(string? Season = null) : IRequest<Result<SeasonFeesView>>;

public sealed record SeasonFeesView(string Season, SeasonFees Fees);

internal sealed class GetSeasonFeesHandler(ISeasons seasons) : IRequestHandler<GetSeasonFeesQuery, Result<SeasonFeesView>>
{
    public async Task<Result<SeasonFeesView>> Handle(GetSeasonFeesQuery request, CancellationToken cancellationToken)
    {
        var season = await seasons.ResolveAsync(request.Season, cancellationToken);
        return season.Succeeded
            ? Result<SeasonFeesView>.Success(new SeasonFeesView(season.Value.Name, season.Value.Fees))
            : Result<SeasonFeesView>.Failed(season.Errors);
    }
}
