using Festival.Application.Reports;
using Festival.Domain.Results;

namespace Festival.Application.Results.Reports;

/// <summary>The season's results as one downloadable table: the export of the command line and the staff pages.</summary>
public static class ResultTables
{
    public static ReportTable Lines(ResultsReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var awards = AwardsByEntry(report.Awards);
        return new ReportTable($"Results {report.Season}",
            ["Entry", "Class", "Class name", "Discipline", "Level", "Performers", "Teacher", "School", "Appearance", "Mark", "Placement", "Recommendation", "Comments", "Published",
                "Awards"],
            [.. report.Lines.Select(l => (IReadOnlyList<object?>)
                [l.EntryId, l.ClassCode, l.ClassName, l.Discipline, l.Level, l.PerformerNames, l.Teacher, l.School, l.Appearance.ToString(), l.Mark,
                    l.Placement?.Label(), l.Recommendation, l.Comments, l.Published, string.Join("; ", awards.GetValueOrDefault(l.EntryId, []))])]);
    }

    /// <summary>
    /// What each entry won, in words: the award's name, "(decided by staff)" for a tie staff decided, "(tied, undecided)" for
    /// each entry of a tie not decided yet.
    /// </summary>
    public static IReadOnlyDictionary<int, IReadOnlyList<string>> AwardsByEntry(IEnumerable<AwardOutcome> outcomes)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        var won = new List<(int EntryId, string Award)>();
        foreach (var outcome in outcomes)
        {
            if (outcome.Winner is { } winner)
            {
                won.Add((winner.EntryId, outcome.Decided is null ? outcome.Award : $"{outcome.Award} (decided by staff)"));
            }
            else if (outcome.IsTie)
            {
                won.AddRange(outcome.Winners.Select(w => (w.EntryId, $"{outcome.Award} (tied, undecided)")));
            }
        }

        return won.GroupBy(w => w.EntryId).ToDictionary(g => g.Key, g => (IReadOnlyList<string>)[.. g.Select(w => w.Award)]);
    }
}
