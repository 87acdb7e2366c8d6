namespace Festival.Application.Seasons.List;

internal sealed class ListSeasonsHandler(ISeasons seasons) : IRequestHandler<ListSeasonsQuery, IReadOnlyList<SeasonSummary>>
{
    public Task<IReadOnlyList<SeasonSummary>> Handle(ListSeasonsQuery request, CancellationToken cancellationToken) =>
        seasons.ListAsync(cancellationToken);
}
