namespace Festival.Application.Seasons;

public sealed record SeasonSummary(
    int Id,
    string Name,
    string FestivalName,
    DateOnly AgeDate,
    DateOnly? StartsOn,
    DateOnly? EndsOn,
    DateTimeOffset? EntriesOpenAt,
    DateTimeOffset? EntriesCloseAt,
    bool IsCurrent,
    int Classes,
    int Entries);
