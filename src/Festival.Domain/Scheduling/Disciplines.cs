namespace Festival.Domain.Scheduling;

/// <summary>
/// A set of discipline names kept in one column (<c>Piano|Voice</c>): rooms and adjudicators have a handful, and they are
/// only ever read with their owner. Names are trimmed, deduplicated case-insensitively and kept in order given.
/// </summary>
public static class Disciplines
{
    public const char Separator = '|';
    public const int MaxLength = 1000;

    public static IReadOnlyList<string> Parse(string? stored) =>
        string.IsNullOrWhiteSpace(stored) ? [] : Normalize(stored.Split(Separator));

    public static string Join(IEnumerable<string> names) => string.Join(Separator, Normalize(names));

    public static IReadOnlyList<string> Normalize(IEnumerable<string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        return names
            .Select(n => n.Replace(Separator, ' ').Trim())
            .Where(n => n.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToArray();
    }
}
