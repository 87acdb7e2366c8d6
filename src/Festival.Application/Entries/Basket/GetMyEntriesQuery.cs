using Festival.Application.Seasons;
using Festival.Domain.Seasons;

namespace Festival.Application.Entries.Basket;

/// <summary>The account's basket and the entries it may see in the season (the current one unless named).</summary>
public sealed record GetMyEntriesQuery(string UserId, string? Season = null) : IRequest<Result<MyEntries>>;

/// <summary>What /Entries shows of a season: its window, the basket and the entries.</summary>
public sealed record MyEntries(string SeasonName, EntryWindow Window, DateTimeOffset? EntriesCloseAt, long LateSurchargeCents,
    IReadOnlyList<BasketLine> Basket, IReadOnlyList<EntryLine> Entries)
{
    public long BasketTotalCents => Basket.Sum(b => b.FeeCents);
}

internal sealed class GetMyEntriesHandler(ISeasons seasons, IOnlineEntries entries, TimeProvider clock) : IRequestHandler<GetMyEntriesQuery, Result<MyEntries>>
{
    public async Task<Result<MyEntries>> Handle(GetMyEntriesQuery request, CancellationToken cancellationToken)
    {
        var resolved = await seasons.ResolveAsync(request.Season, cancellationToken);
        if (!resolved.Succeeded)
        {
            return Result<MyEntries>.Failed(resolved.Errors);
        }

        var season = resolved.Value;
        var window = season.WindowAt(clock.GetUtcNow());
        var surcharge = window == EntryWindow.Late ? season.LateSurchargeCents : 0;
        var basket = await entries.BasketLinesAsync(request.UserId, season.Id, cancellationToken);
        return Result<MyEntries>.Success(new MyEntries(
            season.Name, window, season.EntriesCloseAt, season.LateSurchargeCents,
            [.. basket.Select(b => b with { FeeCents = b.FeeCents + surcharge })],
            await entries.EntriesVisibleToAsync(request.UserId, season.Id, cancellationToken)));
    }
}
