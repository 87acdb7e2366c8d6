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
    private static readonly Dictionary<char, string> Decompositions = [];
    private static readonly Dictionary<(char Base, char Mark), char> Compositions = [];

    static PersonNames()
    {
        foreach (var pair in LetterDecompositions.Data.Split('|', StringSplitOptions.RemoveEmptyEntries))
        {
            Decompositions[pair[0]] = pair[1..];
        }

        var letters = Decompositions.ToDictionary(pair => pair.Value, pair => pair.Key, StringComparer.Ordinal);
        foreach (var (letter, decomposed) in Decompositions)
        {
            // One step of composition: the letter without its last mark, plus that mark.
            if (decomposed.Length == 2)
            {
                Compositions[(decomposed[0], decomposed[1])] = letter;
            }
            else if (letters.TryGetValue(decomposed[..^1], out var stem))
            {
                Compositions[(stem, decomposed[^1])] = letter;
            }
        }
    }

    /// <summary>The form two names must share to be the same name.</summary>
    public static string Key(string? name) => Compose(Decompose(CollapseSpaces(name))).ToLowerInvariant();

    /// <summary>The name as it should be stored: trimmed, spaces collapsed, Unicode composed; letter case kept.</summary>
    public static string Clean(string? name) => Compose(Decompose(CollapseSpaces(name)));

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
            name = string.Concat(Decompose(name).Where(c => !IsCombiningMark(c)));
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

    private static string Decompose(string text)
    {
        if (!text.Any(Decompositions.ContainsKey))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            builder.Append(Decompositions.TryGetValue(c, out var parts) ? parts : c.ToString());
        }

        return builder.ToString();
    }

    private static string Compose(string decomposed)
    {
        if (!decomposed.Any(IsCombiningMark))
        {
            return decomposed;
        }

        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (builder.Length > 0 && IsCombiningMark(c) && Compositions.TryGetValue((builder[^1], c), out var composed))
            {
                builder[^1] = composed;
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static bool IsCombiningMark(char c) => c is >= '\u0300' and <= '\u036F';
}
