using System.Globalization;
using System.Text;

namespace Festival.Domain.People;

/// <summary>
/// How two written names compare. Names with the same <see cref="NameKey"/> are the same name; names that differ only
/// in accents, spacing (spaces, hyphens, dots, apostrophes) or "Last, First" order are a near match, reported for a
/// person to decide: two different people may share a name, so a near match never merges anyone by itself.
/// </summary>
public static class NameComparison
{
    private const NameDifference Loosenings = NameDifference.Accents | NameDifference.Spacing | NameDifference.Order;

    /// <summary>
    /// The form near matches share: <see cref="NameKey"/>, then "Last, First" turned to "First Last", accents removed and
    /// spacing dropped. Index names by it to find candidates for a near-match warning.
    /// </summary>
    public static string LooseKey(string? name) => Loosen(NameKey.For(name), Loosenings);

    /// <summary>How <paramref name="a"/> and <paramref name="b"/> differ: not at all, only in some of accents/spacing/order, or otherwise.</summary>
    public static NameDifference Compare(string? a, string? b)
    {
        var keyA = NameKey.For(a);
        var keyB = NameKey.For(b);
        if (keyA == keyB)
        {
            return NameDifference.None;
        }

        if (Loosen(keyA, Loosenings) != Loosen(keyB, Loosenings))
        {
            return NameDifference.Other;
        }

        // A reason counts when leaving that loosening out keeps the names apart.
        var reasons = NameDifference.None;
        foreach (var reason in new[] { NameDifference.Accents, NameDifference.Spacing, NameDifference.Order })
        {
            if (Loosen(keyA, Loosenings & ~reason) != Loosen(keyB, Loosenings & ~reason))
            {
                reasons |= reason;
            }
        }

        return reasons == NameDifference.None ? NameDifference.Other : reasons;
    }

    /// <summary>Words for a near-match warning: "accents", "spacing and \"Last, First\" order"….</summary>
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
            name = string.Concat(name.Normalize(NormalizationForm.FormD)
                    .Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark))
                .Normalize(NormalizationForm.FormC);
        }

        return steps.HasFlag(NameDifference.Spacing)
            ? string.Concat(name.Where(c => !char.IsWhiteSpace(c) && c is not ('-' or '\u2010' or '.' or '\'' or '\u2019')))
            : name;
    }
}
