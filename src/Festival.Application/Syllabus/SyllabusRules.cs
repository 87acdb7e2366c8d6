using System.Text.RegularExpressions;
using Festival.Domain.Syllabus;

namespace Festival.Application.Syllabus;

/// <summary>
/// Derives what a syllabus row leaves out from <see cref="SyllabusOptions"/>: discipline from the class number's range,
/// type and level from whole words in the class name (longest keyword first, so "18 years and under" is never read as
/// "8 and under" and "grade 10" never as "grade 1"), adjudication minutes from discipline × level, fee from type.
/// </summary>
public sealed class SyllabusRules
{
    private readonly SyllabusOptions _options;
    private readonly IReadOnlyList<(Regex Pattern, ClassType Type)> _types;
    private readonly IReadOnlyList<(Regex Pattern, string Level)> _levels;

    public SyllabusRules(SyllabusOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _types = MostSpecificFirst(options.TypeKeywords.SelectMany(t => t.Value.Select(k => (k, t.Key))));
        _levels = MostSpecificFirst(options.LevelKeywords.SelectMany(l => l.Value.Select(k => (k, l.Key))));
    }

    public int DefaultWarmUpMinutes => _options.DefaultWarmUpMinutes;

    /// <summary>The discipline whose range holds <paramref name="classNumber"/>, or null when none does.</summary>
    public string? DisciplineOf(int classNumber) =>
        _options.Disciplines.FirstOrDefault(r => classNumber >= r.From && classNumber <= r.To)?.Name;

    public ClassType TypeOf(string className) => FirstMatch(_types, className, ClassType.Solo);

    public string LevelOf(string className) => FirstMatch(_levels, className, _options.DefaultLevel);

    public int AdjudicationMinutesFor(string discipline, string level) =>
        _options.AdjudicationMinutes.TryGetValue(discipline, out var byLevel)
        && (byLevel.TryGetValue(level, out var minutes) || byLevel.TryGetValue(SyllabusOptions.AnyLevel, out minutes))
            ? minutes
            : _options.DefaultAdjudicationMinutes;

    public decimal FeeFor(ClassType type) => _options.Fees.TryGetValue(type, out var fee) ? fee : _options.DefaultFee;

    /// <summary>Reads a Type cell: one of the type names, in any letter case.</summary>
    public static Result<ClassType> ParseType(string? text, string column = "Type")
    {
        var value = (text ?? string.Empty).Trim();
        return Enum.TryParse<ClassType>(value, ignoreCase: true, out var type) && Enum.IsDefined(type) && !value.Any(char.IsDigit)
            ? Result<ClassType>.Success(type)
            : Result<ClassType>.Failed(Error.Validation(column, "type_unknown",
                $"\"{value}\" is not a class type; use one of {string.Join(", ", Enum.GetNames<ClassType>())}."));
    }

    private static T FirstMatch<T>(IReadOnlyList<(Regex Pattern, T Value)> rules, string text, T fallback)
    {
        foreach (var (pattern, value) in rules)
        {
            if (pattern.IsMatch(text))
            {
                return value;
            }
        }

        return fallback;
    }

    private static List<(Regex, T)> MostSpecificFirst<T>(IEnumerable<(string Keyword, T Value)> keywords) =>
        keywords
            .Select((k, order) => (Keyword: k.Keyword.Trim(), k.Value, order))
            .OrderByDescending(k => k.Keyword.Length)
            .ThenBy(k => k.order)
            .Select(k => (WholeWords(k.Keyword), k.Value))
            .ToList();

    /// <summary>The keyword's words, separated by any spaces, not touching another letter or digit on either side.</summary>
    private static Regex WholeWords(string keyword) =>
        new(@"(?<![\p{L}\p{N}])" + string.Join(@"\s+", keyword.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Regex.Escape))
            + @"(?![\p{L}\p{N}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
}
