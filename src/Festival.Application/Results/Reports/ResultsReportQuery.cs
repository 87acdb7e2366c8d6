using Festival.Domain.Results;

namespace Festival.Application.Results.Reports;

/// <summary>A season's results for staff: every entry by class, totals by teacher and school, recommendations, marks per adjudicator, awards.</summary>
public sealed record ResultsReportQuery(string? Season = null) : IRequest<Result<ResultsReport>>;

public sealed record ResultsReport(
    string Season,
    string Scale,
    IReadOnlyList<ResultLine> Lines,
    IReadOnlyList<ResultTotals> ByTeacher,
    IReadOnlyList<ResultTotals> BySchool,
    IReadOnlyList<ResultLine> Recommendations,
    IReadOnlyList<MarkDistribution> Distribution,
    IReadOnlyList<AwardOutcome> Awards);

/// <summary>A teacher's or school's entries: how many, how many marked, the mean numeric mark, placements and recommendations.</summary>
public sealed record ResultTotals(string Name, int Entries, int Marked, decimal? MeanMark, int Placed, int Recommended);

/// <summary>How many marks an adjudicator gave in each band of the scale (buckets of 5 on a numeric scale, each descriptor otherwise).</summary>
public sealed record MarkDistribution(string Adjudicator, int Marks, IReadOnlyList<MarkBucket> Buckets);

public sealed record MarkBucket(string Label, int Count);
