namespace Festival.Application.Reports.People;

/// <summary>
/// The people (or groups, or schools) of a season's entries, each with how many entries they are part of and the sum of
/// those entries' fees. A duet's fee counts for each of its performers; a school counts the entries of its students and groups.
/// </summary>
public sealed record PeopleReportQuery(
    string? Season = null,
    PeopleReportKind Kind = PeopleReportKind.Participants,
    string? Search = null,
    PeopleReportSort Sort = PeopleReportSort.Name,
    bool Descending = false,
    int Page = 1,
    int PageSize = ReportPaging.DefaultPageSize) : IRequest<Result<PeopleReport>>;

public enum PeopleReportKind
{
    Participants,
    Groups,
    Teachers,
    Accompanists,
    Schools,
}

public enum PeopleReportSort
{
    Name,
    Entries,
    Fees,
}
