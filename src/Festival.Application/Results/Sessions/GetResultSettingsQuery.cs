using Microsoft.Extensions.Options;

namespace Festival.Application.Results.Sessions;

/// <summary>The results settings a season follows (its own, or the configured defaults).</summary>
public sealed record GetResultSettingsQuery(int SeasonId) : IRequest<SeasonResultSettings>;

internal sealed class GetResultSettingsHandler(IResults results, IOptions<ResultsOptions> options) : IRequestHandler<GetResultSettingsQuery, SeasonResultSettings>
{
    public Task<SeasonResultSettings> Handle(GetResultSettingsQuery request, CancellationToken cancellationToken) =>
        results.SettingsAsync(options, request.SeasonId, cancellationToken);
}
