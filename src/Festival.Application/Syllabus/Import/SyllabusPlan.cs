using System.Globalization;
using Festival.Application.Imports;
using Festival.Domain.Syllabus;

namespace Festival.Application.Syllabus.Import;

/// <summary>A class the file adds to the season.</summary>
public sealed record PlannedClass(int Row, int Number, string Suffix, ClassDetails Details);

/// <summary>A class of the season the file changes, and which fields.</summary>
public sealed record PlannedClassUpdate(int Row, int ClassId, string Code, ClassDetails Details, IReadOnlyList<string> Changes);

public sealed class SyllabusPlan(
    int seasonId, string seasonName, string fileName, ImportSheet sheet, IReadOnlyList<ImportIssue> issues,
    IReadOnlyList<PlannedClass> creates, IReadOnlyList<PlannedClassUpdate> updates, int unchanged)
    : ImportPlan(ImportKind.Syllabus, seasonId, seasonName, fileName, sheet, issues)
{
    public IReadOnlyList<PlannedClass> Creates { get; } = creates;

    public IReadOnlyList<PlannedClassUpdate> Updates { get; } = updates;

    public int Unchanged { get; } = unchanged;

    public override IReadOnlyList<ImportCount> Counts => [new("Classes", Creates.Count, Updates.Count, Unchanged)];

    protected override IEnumerable<string> Operations() =>
        Creates.Select(c => string.Create(CultureInfo.InvariantCulture, $"create {c.Number}{c.Suffix} {c.Details}"))
            .Concat(Updates.Select(u => string.Create(CultureInfo.InvariantCulture, $"update {u.ClassId} {u.Details}")));
}
