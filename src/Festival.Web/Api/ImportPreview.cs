using Festival.Application.Imports;
using Festival.Application.Imports.Staging;

namespace Festival.Web.Api;

/// <summary>One issue of an import, with its severity as a word (<c>error</c> or <c>warning</c>).</summary>
public sealed record ImportIssueView(int Row, string Location, string? Column, string Value, string Message, string Severity);

/// <summary>
/// What the import API answers: the staged upload's id, the fingerprint to commit it with, what it would do (or did),
/// and the row numbers of the rejected rows.
/// </summary>
public sealed record ImportPreview(
    Guid PreviewId,
    string Kind,
    string Season,
    string FileName,
    string Fingerprint,
    bool Committed,
    int Rows,
    IReadOnlyList<ImportCount> Counts,
    IReadOnlyList<ImportIssueView> Issues,
    IReadOnlyList<string> UnknownColumns,
    IReadOnlyList<int> RejectedRows)
{
    public static ImportPreview From(StagedImport staged)
    {
        ArgumentNullException.ThrowIfNull(staged);
        return From(staged.Id, staged.Plan, staged.Committed);
    }

    public static ImportPreview From(Guid id, ImportPlan plan, bool committed)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return new ImportPreview(id, plan.Kind.ToString(), plan.SeasonName, plan.FileName, plan.Fingerprint, committed, plan.Rows, plan.Counts,
            [.. plan.Issues.Select(i => new ImportIssueView(i.Row, i.Location, i.Column, i.Value, i.Message,
                i.Severity == IssueSeverity.Error ? "error" : "warning"))],
            plan.UnknownColumns, [.. plan.RejectedRows.Select(r => r.Number)]);
    }
}
