using System.Globalization;
using System.Text;

namespace Festival.Domain.People;

/// <summary>
/// The form names are compared in: trimmed, inner spaces collapsed, Unicode NFC, case-folded. Two names with the same key
/// are the same name; anything looser (accents, "Last, First") is only ever a warning for a person to decide.
/// </summary>
public static class NameKey
{
    public static string For(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(name.Length);
        var pendingSpace = false;
        foreach (var c in name.Normalize(NormalizationForm.FormC))
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        // Upper then lower folds the cases that a single ToLower misses (the final sigma, the long s); the sharp s is the
        // common fold that changes length, which .NET's case mapping does not do.
        return builder.ToString().ToUpperInvariant().ToLower(CultureInfo.InvariantCulture).Replace("ß", "ss", StringComparison.Ordinal)
            .Normalize(NormalizationForm.FormC);
    }
}
