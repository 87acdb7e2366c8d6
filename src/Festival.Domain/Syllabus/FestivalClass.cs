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

    /// <summary>Replaces everything but the number; returns the names of the fields that changed.</summary>
    public IReadOnlyList<string> Update(ClassDetails details, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(details);
        var changed = new List<string>();
        Set(Name, details.Name.Trim(), v => Name = v, nameof(Name));
        Set(Discipline, details.Discipline.Trim(), v => Discipline = v, nameof(Discipline));
        Set(Level, details.Level.Trim(), v => Level = v, nameof(Level));
        Set(Type, details.Type, v => Type = v, nameof(Type));
        Set(FeeCents, Money.ToCents(details.Fee), v => FeeCents = v, nameof(Fee));
        Set(AdjudicationSecondsPerEntry, details.AdjudicationSecondsPerEntry, v => AdjudicationSecondsPerEntry = v, "Adjudication");
        Set(WarmUpSecondsPerEntry, details.WarmUpSecondsPerEntry, v => WarmUpSecondsPerEntry = v, "WarmUp");
        Set(MinAge, details.MinAge, v => MinAge = v, nameof(MinAge));
        Set(MaxAge, details.MaxAge, v => MaxAge = v, nameof(MaxAge));
        Set(MaxPerformanceSeconds, details.MaxPerformanceSeconds, v => MaxPerformanceSeconds = v, "MaxDuration");
        if (changed.Count > 0)
        {
            UpdatedAt = at;
        }

        return changed;

        void Set<T>(T current, T next, Action<T> assign, string field)
        {
            if (!EqualityComparer<T>.Default.Equals(current, next))
            {
                assign(next);
                changed.Add(field);
            }
        }
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
