using Festival.Application.Seasons;
using Festival.Domain.Seasons;

namespace Festival.Application.Entries.LateWindow;

/// <summary>The season's entry dates as staff manage them: the deadline, the late window and where now falls.</summary>
public sealed record GetLateWindowQuery(string? Season = null) : IRequest<Result<LateWindowView>>;

public sealed record LateWindowView(
    string SeasonName, EntryWindow Window, DateTimeOffset? EntriesOpenAt, DateTimeOffset? EntriesCloseAt, DateTimeOffset? LateWindowClosesAt, long LateSurchargeCents);

internal sealed class GetLateWindowHandler(ISeasons seasons, TimeProvider clock) : IRequestHandler<GetLateWindowQuery, Result<LateWindowView>>
{
    public async Task<Result<LateWindowView>> Handle(GetLateWindowQuery request, CancellationToken cancellationToken)
    {
        var resolved = await seasons.ResolveAsync(request.Season, cancellationToken);
        if (!resolved.Succeeded)
        {
            return Result<LateWindowView>.Failed(resolved.Errors);
        }

        var s = resolved.Value;
        return Result<LateWindowView>.Success(new LateWindowView(
            s.Name, s.WindowAt(clock.GetUtcNow()), s.EntriesOpenAt, s.EntriesCloseAt, s.LateWindowClosesAt, s.LateSurchargeCents));
    }
}
