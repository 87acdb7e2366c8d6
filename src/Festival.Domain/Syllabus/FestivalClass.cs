namespace Festival.Domain.Syllabus;

/// <summary>
/// A numbered class of one season's syllabus, e.g. <c>2105A Piano Solo, Grade 5, Baroque</c>. Number and suffix are
/// unique per season. Times are kept in seconds.
/// </summary>
public sealed class FestivalClass
{
    public const int MaxSuffixLength = 4;
    public const int MaxNameLength = 300;
    public const int MaxCategoryLength = 100;

    private FestivalClass()
    {
    }

    public FestivalClass(int seasonId, int number, string suffix, string name, DateTimeOffset createdAt)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(number);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        SeasonId = seasonId;
        Number = number;
        Suffix = (suffix ?? string.Empty).Trim().ToUpperInvariant();
        Name = name.Trim();
        CreatedAt = createdAt;
        UpdatedAt = createdAt;
    }

    public int Id { get; private set; }

    public int SeasonId { get; private set; }

    public int Number { get; private set; }

    /// <summary>The letter that splits a class (<c>A</c> in <c>2105A</c>), or empty.</summary>
    public string Suffix { get; private set; } = string.Empty;

    /// <summary><c>2105A</c>: how people write the class.</summary>
    public string Code => $"{Number}{Suffix}";

    public string Name { get; private set; } = string.Empty;

    public string Discipline { get; private set; } = string.Empty;

    public string Level { get; private set; } = string.Empty;

    public ClassType Type { get; private set; }

    /// <summary>Kept in cents, so totals are exact and summed by the database.</summary>
    public long FeeCents { get; private set; }

    public decimal Fee => FeeCents / 100m;

    public int AdjudicationSecondsPerEntry { get; private set; }

    public int WarmUpSecondsPerEntry { get; private set; }

    public int? MinAge { get; private set; }

    public int? MaxAge { get; private set; }

    public int? MaxPerformanceSeconds { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>When the festival cancelled the class: it takes no entries, and its entries are cancelled and credited.</summary>
    public DateTimeOffset? CancelledAt { get; private set; }

    public bool IsCancelled => CancelledAt is not null;

    /// <summary>Marks the class cancelled; returns false when it already was.</summary>
    public bool Cancel(DateTimeOffset at)
    {
        if (CancelledAt is not null)
        {
            return false;
        }

        CancelledAt = at;
        UpdatedAt = at;
        return true;
    }

    /// <summary>Replaces everything but the number; returns the names of the fields that changed.</summary>
    public IReadOnlyList<string> Update(ClassDetails details, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(details);
        var changed = details.ChangesFrom(Details());
        if (changed.Count == 0)
        {
            return changed;
        }

        Name = details.Name.Trim();
        Discipline = details.Discipline.Trim();
        Level = details.Level.Trim();
        Type = details.Type;
        FeeCents = Money.ToCents(details.Fee);
        AdjudicationSecondsPerEntry = details.AdjudicationSecondsPerEntry;
        WarmUpSecondsPerEntry = details.WarmUpSecondsPerEntry;
        MinAge = details.MinAge;
        MaxAge = details.MaxAge;
        MaxPerformanceSeconds = details.MaxPerformanceSeconds;
        UpdatedAt = at;
        return changed;
    }

    /// <summary>The class as it would be copied into another season.</summary>
    public ClassDetails Details() =>
        new(Name, Discipline, Level, Type, Fee, AdjudicationSecondsPerEntry, WarmUpSecondsPerEntry, MinAge, MaxAge, MaxPerformanceSeconds);

    /// <summary>Why a performer of this age may not enter, or null when the age fits.</summary>
    public string? AgeProblem(int age) =>
        MinAge is { } min && age < min ? $"is {age} on the season's age date; class {Code} is for ages {min} and over"
        : MaxAge is { } max && age > max ? $"is {age} on the season's age date; class {Code} is for ages {max} and under"
        : null;
}
