using System.Security.Cryptography;
using System.Text;

namespace Festival.Application.Imports;

/// <summary>
/// What an import would do, computed from the file and the database before anything is written: the counts, the issues,
/// and the rejected rows. The preview shows it; the commit applies the very same plan (or, when the data changed since the
/// preview, refuses: see <see cref="Fingerprint"/>).
/// </summary>
public abstract class ImportPlan
{
    protected ImportPlan(ImportKind kind, int seasonId, string seasonName, string fileName, ImportSheet sheet, IReadOnlyList<ImportIssue> issues)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        ArgumentNullException.ThrowIfNull(issues);
        Kind = kind;
        SeasonId = seasonId;
        SeasonName = seasonName;
        FileName = fileName;
        Headers = sheet.Table.Headers;
        UnknownColumns = sheet.UnknownColumns;
        Issues = issues;
        var rejected = issues.Where(i => i.Severity == IssueSeverity.Error).Select(i => i.Row).ToHashSet();
        RejectedRows = sheet.Rows.Where(r => rejected.Contains(r.Number)).ToList();
        Rows = sheet.Rows.Count;
    }

    public ImportKind Kind { get; }

    public int SeasonId { get; }

    public string SeasonName { get; }

    public string FileName { get; }

    /// <summary>The file's headers as written, for the rejected-rows file.</summary>
    public IReadOnlyList<string> Headers { get; }

    public IReadOnlyList<string> UnknownColumns { get; }

    public IReadOnlyList<ImportIssue> Issues { get; }

    /// <summary>The rows that will not be imported, kept as read so they can be downloaded, fixed and imported again.</summary>
    public IReadOnlyList<ImportRow> RejectedRows { get; }

    public int Rows { get; }

    public int Errors => Issues.Count(i => i.Severity == IssueSeverity.Error);

    public int Warnings => Issues.Count(i => i.Severity == IssueSeverity.Warning);

    /// <summary>Created, updated and unchanged counts, the main record first.</summary>
    public abstract IReadOnlyList<ImportCount> Counts { get; }

    /// <summary>Whether every row has an error, so that nothing at all could be imported.</summary>
    public bool NothingImportable => RejectedRows.Count == Rows;

    /// <summary>Whether committing would write anything.</summary>
    public bool HasChanges => Counts.Any(c => c.Created + c.Updated > 0);

    /// <summary>
    /// A hash of every operation the plan would perform. A commit re-plans inside its transaction and goes ahead only
    /// when the fingerprint is the one the person previewed, so what they saw is what is written.
    /// </summary>
    public string Fingerprint => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', Operations()))))[..32];

    /// <summary>One line per operation, in a stable order.</summary>
    protected abstract IEnumerable<string> Operations();
}
