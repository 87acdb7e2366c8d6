using Festival.Domain.Results;

namespace Festival.Application.Results;

/// <summary>
/// The <c>Festival:Results</c> section: the results settings a season uses until staff set its own (see
/// <see cref="ResultRules"/>), its certificate band included, and the awards and trophies a season has until staff
/// change its awards.
/// </summary>
public sealed class ResultsOptions
{
    public const string Section = "Festival:Results";

    /// <summary>The mark scale as <see cref="MarkScale.Parse"/> reads it.</summary>
    public string Scale { get; set; } = MarkScale.Default.Spec;

    public int MinimumEntriesForPlacements { get; set; } = 1;

    public List<string> Recommendations { get; init; } = [];

    public bool PublicMarks { get; set; }

    /// <summary>
    /// The band (of a numeric scale) or descriptor (of a descriptive one) from which an entry gets a certificate, as placed
    /// entries do; none: placed entries only.
    /// </summary>
    public string? CertificateBand { get; set; }

    /// <summary>Awards and trophies, computed from published results.</summary>
    public List<AwardOptions> Awards { get; init; } = [];

    /// <summary>What is wrong with these options, in words for the operator; empty when they can be used.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (MarkScale.Parse(Scale).Problem is { } scale)
        {
            problems.Add($"Scale: {scale}");
        }

        if (MarkScale.Parse(Scale).Value?.CertificateBandProblem(CertificateBand) is { } band)
        {
            problems.Add($"CertificateBand: {band}");
        }

        if (MinimumEntriesForPlacements < 0)
        {
            problems.Add("MinimumEntriesForPlacements must be 0 or more.");
        }

        problems.AddRange(Awards.Select(a => a.ToRule().Problem).OfType<string>());
        problems.AddRange(Awards.GroupBy(a => a.Name.Trim(), StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1)
            .Select(g => $"Awards: two awards are named '{g.Key}'; give each its own name."));
        return problems;
    }
}

/// <summary>One award as configured: a name, and a discipline (and level) or a list of class codes.</summary>
public sealed class AwardOptions
{
    public string Name { get; set; } = string.Empty;

    public string? Discipline { get; set; }

    public string? Level { get; set; }

    public List<string> Classes { get; init; } = [];

    public bool FirstPlaceOnly { get; set; }

    public AwardRule ToRule() => new(Name, Discipline, Level, Classes, FirstPlaceOnly);
}
