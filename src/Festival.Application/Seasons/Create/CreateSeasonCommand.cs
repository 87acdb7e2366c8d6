namespace Festival.Application.Seasons.Create;

/// <summary>
/// Starts a season. With <paramref name="CopySyllabusFrom"/> its syllabus is copied from that season; people are kept
/// across seasons anyway. The new season becomes current when <paramref name="MakeCurrent"/> is set or when there is none.
/// </summary>
public sealed record CreateSeasonCommand(
    string Name,
    DateOnly? AgeDate = null,
    string? CopySyllabusFrom = null,
    bool MakeCurrent = true,
    DateOnly? StartsOn = null,
    DateOnly? EndsOn = null,
    DateTimeOffset? EntriesOpenAt = null,
    DateTimeOffset? EntriesCloseAt = null,
    string? FestivalName = null) : IRequest<Result<SeasonStartedNotification>>, ITransactionalRequest;
