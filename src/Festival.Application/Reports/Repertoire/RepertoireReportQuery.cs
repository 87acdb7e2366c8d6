namespace Festival.Application.Reports.Repertoire;

/// <summary>The pieces a season's entries perform, with their durations and the classes and entries using them.</summary>
public sealed record RepertoireReportQuery(
    string? Season = null,
    string? Search = null,
    RepertoireReportSort Sort = RepertoireReportSort.Title,
    bool Descending = false,
    int Page = 1,
    int PageSize = ReportPaging.DefaultPageSize) : IRequest<Result<RepertoireReport>>;

public enum RepertoireReportSort
{
    Title,
    Composer,
    Duration,
    Entries,
}
