namespace Festival.Domain.Syllabus;

/// <summary>Everything about a class but its season and number.</summary>
public sealed record ClassDetails(
    string Name,
    string Discipline,
    string Level,
    ClassType Type,
    decimal Fee,
    int AdjudicationSecondsPerEntry,
    int WarmUpSecondsPerEntry,
    int? MinAge,
    int? MaxAge,
    int? MaxPerformanceSeconds)
{
    /// <summary>The names of the fields in which these details differ from <paramref name="before"/> (texts compared trimmed, fees in cents).</summary>
    public IReadOnlyList<string> ChangesFrom(ClassDetails before)
    {
        ArgumentNullException.ThrowIfNull(before);
        var changed = new List<string>();
        Compare(Name.Trim(), before.Name.Trim(), nameof(Name));
        Compare(Discipline.Trim(), before.Discipline.Trim(), nameof(Discipline));
        Compare(Level.Trim(), before.Level.Trim(), nameof(Level));
        Compare(Type, before.Type, nameof(Type));
        Compare(Money.ToCents(Fee), Money.ToCents(before.Fee), nameof(Fee));
        Compare(AdjudicationSecondsPerEntry, before.AdjudicationSecondsPerEntry, "Adjudication");
        Compare(WarmUpSecondsPerEntry, before.WarmUpSecondsPerEntry, "WarmUp");
        Compare(MinAge, before.MinAge, nameof(MinAge));
        Compare(MaxAge, before.MaxAge, nameof(MaxAge));
        Compare(MaxPerformanceSeconds, before.MaxPerformanceSeconds, "MaxDuration");
        return changed;

        void Compare<T>(T now, T then, string field)
        {
            if (!EqualityComparer<T>.Default.Equals(now, then))
            {
                changed.Add(field);
            }
        }
    }
}
