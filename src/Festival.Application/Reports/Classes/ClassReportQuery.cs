using Festival.Domain.Syllabus;

namespace Festival.Application.Reports.Classes;

/// <summary>
/// The classes of a season (the current one when <paramref name="Season"/> is null) with their entries, fee totals and
/// performance time; filtered, sorted and paged by the database. <paramref name="PageSize"/> <see cref="ReportPaging.All"/> gives every class.
/// </summary>
public sealed record ClassReportQuery(
    string? Season = null,
    string? Discipline = null,
    string? Level = null,
    ClassType? Type = null,
    bool HideEmpty = false,
    ClassReportSort Sort = ClassReportSort.Class,
    bool Descending = false,
    int Page = 1,
    int PageSize = ReportPaging.DefaultPageSize) : IRequest<Result<ClassReport>>;

public enum ClassReportSort
{
    Class,
    Name,
    Discipline,
    Level,
    Type,
    Entries,
    Fee,
    TotalFees,
    TotalSeconds,
}
