using Festival.Domain.Syllabus;

namespace Festival.Application.Syllabus;

/// <summary>
/// The <c>Festival:Syllabus</c> section: how a class's missing details are derived the way festivals do it (the
/// defaults are in appsettings.json and described in docs/import.md).
/// </summary>
public sealed class SyllabusOptions
{
    public const string Section = "Festival:Syllabus";

    /// <summary>The level key in <see cref="AdjudicationMinutes"/> that stands for any level of a discipline.</summary>
    public const string AnyLevel = "*";

    /// <summary>Discipline by class-number range, e.g. 2000–2899 Piano. Ranges must not overlap.</summary>
    public List<DisciplineRange> Disciplines { get; init; } = [];

    /// <summary>Type by whole words in the class name (e.g. Duet: duet, duets); a class matching none is Solo.</summary>
    public Dictionary<ClassType, string[]> TypeKeywords { get; init; } = [];

    /// <summary>Level by whole words or phrases in the class name (e.g. Senior: grade 8, 18 years and under); the longest match wins.</summary>
    public Dictionary<string, string[]> LevelKeywords { get; init; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The level of a class whose name matches no level keyword.</summary>
    public string DefaultLevel { get; set; } = "Open";

    /// <summary>Adjudication minutes per entry: discipline → level (or <see cref="AnyLevel"/>) → minutes.</summary>
    public Dictionary<string, Dictionary<string, int>> AdjudicationMinutes { get; init; } = new(StringComparer.OrdinalIgnoreCase);

    public int DefaultAdjudicationMinutes { get; set; } = 5;

    public int DefaultWarmUpMinutes { get; set; } = 1;

    /// <summary>Fee per entry by class type.</summary>
    public Dictionary<ClassType, decimal> Fees { get; init; } = [];

    public decimal DefaultFee { get; set; } = 20m;

    /// <summary>What is wrong with these options, in words for the operator; empty when they can be used.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        foreach (var range in Disciplines)
        {
            if (string.IsNullOrWhiteSpace(range.Name) || range.From < 0 || range.To < range.From)
            {
                problems.Add($"Disciplines: the range {range.From}-{range.To} \"{range.Name}\" needs a name and From <= To.");
            }
        }

        var sorted = Disciplines.OrderBy(r => r.From).ToList();
        problems.AddRange(sorted.Zip(sorted.Skip(1)).Where(p => p.Second.From <= p.First.To)
            .Select(p => $"Disciplines: {p.First.Name} ({p.First.From}-{p.First.To}) and {p.Second.Name} ({p.Second.From}-{p.Second.To}) overlap."));
        problems.AddRange(TypeKeywords.Select(k => (Name: k.Key.ToString(), Words: k.Value))
            .Concat(LevelKeywords.Select(k => (Name: k.Key, Words: k.Value)))
            .Where(k => k.Words.Any(string.IsNullOrWhiteSpace))
            .Select(k => $"Keywords of {k.Name} must not be blank."));
        if (string.IsNullOrWhiteSpace(DefaultLevel))
        {
            problems.Add("DefaultLevel must name a level.");
        }

        if (DefaultAdjudicationMinutes <= 0 || DefaultWarmUpMinutes < 0
            || AdjudicationMinutes.Values.SelectMany(l => l.Values).Any(m => m <= 0))
        {
            problems.Add("Adjudication minutes must be positive and warm-up minutes not negative.");
        }

        if (DefaultFee < 0 || Fees.Values.Any(f => f < 0))
        {
            problems.Add("Fees must not be negative.");
        }

        return problems;
    }
}
