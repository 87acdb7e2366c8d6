namespace Festival.Domain.Syllabus;

/// <summary>Everything about a class but its season and number.</summary>
public sealed record ClassDetails(
    string Name,
    string Discipline,
    string Level,
    ClassType Type,
    decimal Fee,
    int AdjudicationSecondsPerEntry,
    int WarmUpSecondsPerEntry,
    int? MinAge,
    int? MaxAge,
    int? MaxPerformanceSeconds);
