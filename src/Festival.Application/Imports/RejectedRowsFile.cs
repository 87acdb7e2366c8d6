using Festival.Application.Reports;

namespace Festival.Application.Imports;

public static class RejectedRowsFile
{
    public const string ProblemColumn = "Problem";

    /// <summary>The rejected rows in the file's own layout, plus a <c>Problem</c> column, to fix and import again.</summary>
    public static ReportTable For(ImportPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var problems = plan.Issues.Where(i => i.Severity == IssueSeverity.Error).ToLookup(i => i.Row);
        var rows = plan.RejectedRows.Select(row => (IReadOnlyList<object?>)
        [
            .. plan.Headers.Select((_, i) => (object?)row[i]),
            string.Join(" ", problems[row.Number].Select(p => p.Column is null ? p.Message : $"{p.Column}: {p.Message}")),
        ]).ToList();
        return new ReportTable("Rejected rows", [.. plan.Headers, ProblemColumn], rows);
    }
}
