using System.Globalization;
using Festival.Application.Imports;
using Festival.Application.Imports.Values;
using Festival.Domain.Seasons;
using Festival.Domain.Syllabus;

namespace Festival.Application.Syllabus.Import;

/// <summary>
/// Turns a syllabus sheet and the season's classes into a plan. Pure: reads nothing else and writes nothing. A class is
/// found again by number and suffix, so re-importing updates it and never duplicates it; what the file leaves out is
/// derived by <see cref="SyllabusRules"/>.
/// </summary>
public sealed class SyllabusPlanner(SyllabusRules rules)
{
    public const int MaxAge = 120;

    public SyllabusPlan Plan(Season season, string fileName, ImportSheet sheet, IReadOnlyList<FestivalClass> existing)
    {
        ArgumentNullException.ThrowIfNull(season);
        ArgumentNullException.ThrowIfNull(sheet);
        ArgumentNullException.ThrowIfNull(existing);
        var known = existing.ToDictionary(c => (c.Number, c.Suffix));
        var seen = new Dictionary<(int, string), int>();
        var issues = new List<ImportIssue>();
        var creates = new List<PlannedClass>();
        var updates = new List<PlannedClassUpdate>();
        var unchanged = 0;

        foreach (var row in sheet.Rows)
        {
            var problems = new RowIssues(row, issues);
            var codeText = sheet.Cell(row, "Class");
            var code = problems.Read(ClassCode.Parse(codeText), codeText);
            var details = Details(sheet, row, code.Number, problems);
            if (problems.HasErrors || details is null)
            {
                continue;
            }

            var key = (code.Number, code.Suffix);
            if (seen.TryGetValue(key, out var firstRow))
            {
                problems.Error("Class", codeText, $"Class {code} is already on row {firstRow}; each class appears once.");
                continue;
            }

            seen[key] = row.Number;
            if (!known.TryGetValue(key, out var current))
            {
                creates.Add(new PlannedClass(row.Number, code.Number, code.Suffix, details));
                continue;
            }

            var changes = details.ChangesFrom(current.Details());
            if (changes.Count == 0)
            {
                unchanged++;
            }
            else
            {
                updates.Add(new PlannedClassUpdate(row.Number, current.Id, current.Code, details, changes));
            }
        }

        return new SyllabusPlan(season.Id, season.Name, fileName, sheet, issues, creates, updates, unchanged);
    }

    private ClassDetails? Details(ImportSheet sheet, ImportRow row, int number, RowIssues problems)
    {
        var name = sheet.Cell(row, "Name");
        if (name.Length == 0)
        {
            problems.Error("Name", name, "A class name is required.");
        }
        else if (name.Length > FestivalClass.MaxNameLength)
        {
            problems.Error("Name", name[..40] + "…", $"A class name is at most {FestivalClass.MaxNameLength} characters.");
        }

        var typeText = sheet.Cell(row, "Type");
        var type = typeText.Length > 0 ? problems.Read(SyllabusRules.ParseType(typeText), typeText) : rules.TypeOf(name);

        var discipline = sheet.Cell(row, "Discipline");
        if (discipline.Length == 0 && number > 0)
        {
            discipline = rules.DisciplineOf(number) ?? string.Empty;
            if (discipline.Length == 0)
            {
                problems.Warning("Discipline", string.Empty,
                    $"No discipline range in the configuration holds class number {number}, and the row gives none; the discipline is left blank.");
            }
        }

        var level = sheet.Cell(row, "Level") is { Length: > 0 } givenLevel ? givenLevel : rules.LevelOf(name);
        var feeText = sheet.Cell(row, "Fee");
        var fee = feeText.Length > 0 ? problems.Read(Fees.Parse(feeText), feeText) : rules.FeeFor(type);
        var adjudication = Minutes(sheet, row, "Adjudication", problems, allowZero: false) ?? rules.AdjudicationMinutesFor(discipline, level) * 60;
        var warmUp = Minutes(sheet, row, "WarmUp", problems, allowZero: true) ?? rules.DefaultWarmUpMinutes * 60;
        var minAge = Age(sheet, row, "MinAge", problems);
        var maxAge = Age(sheet, row, "MaxAge", problems);
        if (minAge is { } min && maxAge is { } max && min > max)
        {
            problems.Error("MaxAge", sheet.Cell(row, "MaxAge"), $"The maximum age {max} is below the minimum age {min}.");
        }

        var maxDuration = Minutes(sheet, row, "MaxDuration", problems, allowZero: false);
        return problems.HasErrors
            ? null
            : new ClassDetails(name, discipline, level, type, fee, adjudication, warmUp, minAge, maxAge, maxDuration);
    }

    /// <summary>A time in minutes (any duration form the entries import takes: 5, 4.5, 3:30, 90 s), as seconds; null when blank.</summary>
    private static int? Minutes(ImportSheet sheet, ImportRow row, string column, RowIssues problems, bool allowZero)
    {
        var text = sheet.Cell(row, column);
        if (text.Length == 0)
        {
            return null;
        }

        if (allowZero && decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var zero) && zero == 0)
        {
            return 0;
        }

        var seconds = Durations.ParseSeconds(text, column);
        if (seconds.Succeeded)
        {
            return seconds.Value;
        }

        problems.Read(seconds, text);
        return null;
    }

    private static int? Age(ImportSheet sheet, ImportRow row, string column, RowIssues problems)
    {
        var text = sheet.Cell(row, column);
        if (text.Length == 0)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var age) && age <= MaxAge)
        {
            return age;
        }

        problems.Error(column, text, $"\"{text}\" is not an age; write a whole number of years from 0 to {MaxAge}.");
        return null;
    }
}
