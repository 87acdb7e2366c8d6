using System.Security.Cryptography;

namespace Festival.Domain.People;

/// <summary>
/// The short public code of a person, <c>P-7K3Q9</c>: five characters from an alphabet without look-alikes (no 0/O, 1/I/L),
/// random so that codes cannot be guessed from one another.
/// </summary>
public static class ProfileCode
{
    private const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    private const int Length = 5;

    public static string NewRandom() => "P-" + RandomNumberGenerator.GetString(Alphabet, Length);

    /// <summary>Accepts what people type: any case, spaces around, with or without the <c>P-</c>.</summary>
    public static string? Normalize(string? code)
    {
        var text = (code ?? string.Empty).Trim().ToUpperInvariant();
        if (text.StartsWith("P-", StringComparison.Ordinal))
        {
            text = text[2..];
        }

        return text.Length == Length && text.All(c => Alphabet.Contains(c, StringComparison.Ordinal)) ? "P-" + text : null;
    }
}
