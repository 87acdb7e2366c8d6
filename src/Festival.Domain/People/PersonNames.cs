using System.Globalization;
using System.Text;

namespace Festival.Domain.People;

/// <summary>
/// How Festival compares people's names. Two names are the same name when their <see cref="Key"/>s are equal: trimmed,
/// runs of spaces collapsed, Unicode composed (NFC) and case folded. Anything looser (accents, spacing, hyphens,
/// "Last, First" order) is only a near match, reported for a person to decide: two different people may share a name,
/// so a name alone never merges anyone.
/// </summary>
public static class PersonNames
{
    /// <summary>The form two names must share to be the same name.</summary>
    public static string Key(string? name) =>
        // Upper then lower folds the cases a single ToLower misses (the final sigma, the long s); the sharp s is the common
        // fold that changes length, which .NET's case mapping does not do.
        Clean(name).ToUpperInvariant().ToLowerInvariant().Replace("ß", "ss", StringComparison.Ordinal).Normalize(NormalizationForm.FormC);

    /// <summary>The name as it should be stored: trimmed, spaces collapsed, Unicode composed; letter case kept.</summary>
    public static string Clean(string? name) => CollapseSpaces(name).Normalize(NormalizationForm.FormC);

    /// <summary>
    /// The form near matches share: <see cref="Key"/>, then "Last, First" turned to "First Last", accents removed, and
    /// spaces, hyphens, dots and apostrophes dropped. Use it to find candidates for a near-match warning.
    /// </summary>
    public static string LooseKey(string? name) => Loosen(Key(name), NameDifference.Accents | NameDifference.Spacing | NameDifference.Order);

    /// <summary>How <paramref name="a"/> and <paramref name="b"/> differ: not at all, only in some of accents/spacing/order, or otherwise.</summary>
    public static NameDifference Compare(string? a, string? b)
    {
        var keyA = Key(a);
        var keyB = Key(b);
        if (keyA == keyB)
        {
            return NameDifference.None;
        }

        var all = NameDifference.Accents | NameDifference.Spacing | NameDifference.Order;
        if (Loosen(keyA, all) != Loosen(keyB, all))
        {
            return NameDifference.Other;
        }

        // A reason counts when leaving that loosening out keeps the names apart.
        var reasons = NameDifference.None;
        foreach (var reason in new[] { NameDifference.Accents, NameDifference.Spacing, NameDifference.Order })
        {
            if (Loosen(keyA, all & ~reason) != Loosen(keyB, all & ~reason))
            {
                reasons |= reason;
            }
        }

        return reasons == NameDifference.None ? NameDifference.Other : reasons;
    }

    /// <summary>Words for a near-match warning: "accents", "spacing and order"….</summary>
    public static string Describe(NameDifference difference)
    {
        var words = new List<string>();
        if (difference.HasFlag(NameDifference.Accents))
        {
            words.Add("accents");
        }

        if (difference.HasFlag(NameDifference.Spacing))
        {
            words.Add("spacing");
        }

        if (difference.HasFlag(NameDifference.Order))
        {
            words.Add("\"Last, First\" order");
        }

        return words.Count switch
        {
            0 => difference == NameDifference.None ? "nothing" : "more than accents, spacing or order",
            1 => words[0],
            _ => string.Join(", ", words[..^1]) + " and " + words[^1],
        };
    }

    private static string Loosen(string key, NameDifference steps)
    {
        var name = key;
        if (steps.HasFlag(NameDifference.Order) && name.Count(c => c == ',') == 1)
        {
            var comma = name.IndexOf(',', StringComparison.Ordinal);
            name = $"{name[(comma + 1)..].Trim()} {name[..comma].Trim()}".Trim();
        }

        if (steps.HasFlag(NameDifference.Accents))
        {
            name = string.Concat(name.Normalize(NormalizationForm.FormD).Where(c => !IsCombiningMark(c))).Normalize(NormalizationForm.FormC);
        }

        return steps.HasFlag(NameDifference.Spacing)
            ? string.Concat(name.Where(c => !char.IsWhiteSpace(c) && c is not ('-' or '\u2010' or '.' or '\'' or '\u2019')))
            : name;
    }

    private static string CollapseSpaces(string? name)
    {
        var builder = new StringBuilder((name ?? string.Empty).Length);
        var space = false;
        foreach (var c in (name ?? string.Empty).Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space && builder.Length > 0)
            {
                builder.Append(' ');
            }

            space = false;
            builder.Append(c);
        }

        return builder.ToString();
    }

    private static bool IsCombiningMark(char c) => CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark;
}
