namespace Festival.Application.Syllabus.Browse;

/// <summary>
/// The syllabus of a season (the current one unless named), searched the way families look for a class: by number
/// (<c>2105</c> or <c>2105A</c>), words of the name, discipline and level. With <paramref name="PerformerCount"/> only
/// classes of a type for that many performers are listed; with <paramref name="Ages"/> (the performers' ages on the
/// season's age date) only classes whose age limits allow every one of them. With <paramref name="ForGroups"/> only
/// classes a group enters (ensembles).
/// </summary>
public sealed record SearchSyllabusQuery(
    string? Text = null,
    string? Discipline = null,
    string? Level = null,
    int Page = 1,
    int PageSize = SearchSyllabusQuery.DefaultPageSize,
    string? Season = null,
    int? PerformerCount = null,
    IReadOnlyList<int>? Ages = null,
    int? ClassId = null,
    bool ForGroups = false) : IRequest<Result<SyllabusPage>>
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;
}

public sealed record SyllabusPage(string SeasonName, PagedList<ClassListing> Classes, IReadOnlyList<string> Disciplines, IReadOnlyList<string> Levels);

public sealed record ClassListing(
    int Id, string Code, string Name, string Discipline, string Level, string Type, long FeeCents, int? MinAge, int? MaxAge, int? MaxPerformanceSeconds);
