namespace Festival.Domain.Results;

/// <summary>One of a season's awards or trophies, as festival staff set it: the stored form of an <see cref="AwardRule"/>.</summary>
public sealed class SeasonAward
{
    public const int MaxNameLength = 100;
    public const int MaxClassesLength = 1000;

    private SeasonAward()
    {
    }

    public SeasonAward(int seasonId, AwardRule rule)
    {
        SeasonId = seasonId;
        Change(rule);
    }

    public int Id { get; private set; }

    public int SeasonId { get; private set; }

    public string Name { get; private set; } = string.Empty;

    public string? Discipline { get; private set; }

    public string? Level { get; private set; }

    /// <summary>The class codes it covers, one a line; empty: every class of the discipline.</summary>
    public string Classes { get; private set; } = string.Empty;

    public bool FirstPlaceOnly { get; private set; }

    public AwardRule ToRule() =>
        new(Name, Discipline, Level, Classes.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), FirstPlaceOnly);

    public void Change(AwardRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        Name = rule.Name.Trim();
        Discipline = string.IsNullOrWhiteSpace(rule.Discipline) ? null : rule.Discipline.Trim();
        Level = string.IsNullOrWhiteSpace(rule.Level) ? null : rule.Level.Trim();
        Classes = string.Join('\n', (rule.ClassCodes ?? []).Select(c => c.Trim()).Where(c => c.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase));
        FirstPlaceOnly = rule.FirstPlaceOnly;
    }
}
