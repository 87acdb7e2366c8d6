using Festival.Application.Reports;
using Festival.Domain.Results;

namespace Festival.Application.Results.Reports;

/// <summary>The season's results as one downloadable table: the export of the command line and the staff pages.</summary>
public static class ResultTables
{
    public static ReportTable Lines(ResultsReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new ReportTable($"Results {report.Season}",
            ["Entry", "Class", "Class name", "Discipline", "Level", "Performers", "Teacher", "School", "Appearance", "Mark", "Placement", "Recommendation", "Comments", "Published"],
            [.. report.Lines.Select(l => (IReadOnlyList<object?>)
                [l.EntryId, l.ClassCode, l.ClassName, l.Discipline, l.Level, l.PerformerNames, l.Teacher, l.School, l.Appearance.ToString(), l.Mark,
                    l.Placement?.Label(), l.Recommendation, l.Comments, l.Published])]);
    }
}
