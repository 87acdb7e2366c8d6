using Festival.Application.Seasons;

namespace Festival.Application.Results.Sessions;

/// <summary>The current season's sessions: an adjudicator's own, or (<paramref name="AsStaff"/>) every one.</summary>
public sealed record ListSessionsQuery(string UserId, bool AsStaff = false, string? Season = null) : IRequest<Result<IReadOnlyList<SessionSummary>>>;

/// <summary>One session with its classes and entries, for its adjudicator or festival staff; anyone else is told there is none.</summary>
public sealed record GetSessionSheetQuery(string UserId, int SessionId, bool AsStaff = false) : IRequest<Result<SessionSheet>>;

internal sealed class SessionQueryHandlers(ISeasons seasons, IAdjudication adjudication)
    : IRequestHandler<ListSessionsQuery, Result<IReadOnlyList<SessionSummary>>>, IRequestHandler<GetSessionSheetQuery, Result<SessionSheet>>
{
    public async Task<Result<IReadOnlyList<SessionSummary>>> Handle(ListSessionsQuery request, CancellationToken cancellationToken)
    {
        var season = await seasons.ResolveAsync(request.Season, cancellationToken);
        return season.Succeeded
            ? Result<IReadOnlyList<SessionSummary>>.Success(await adjudication.SessionsAsync(season.Value.Id, request.AsStaff ? null : request.UserId, cancellationToken))
            : Result<IReadOnlyList<SessionSummary>>.Failed(season.Errors);
    }

    public async Task<Result<SessionSheet>> Handle(GetSessionSheetQuery request, CancellationToken cancellationToken)
    {
        var session = await adjudication.FindSessionAsync(request.SessionId, cancellationToken);
        return session is null || (!request.AsStaff && session.AdjudicatorUserId != request.UserId)
            ? ResultErrors.SessionNotFound(request.SessionId)
            : Result<SessionSheet>.Success(await adjudication.SheetAsync(session, cancellationToken));
    }
}
