using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Festival.Application.Accounts.TwoFactor;

/// <summary>How an authenticator code compares with the account's key at a given time.</summary>
public enum TotpVerdict
{
    Accepted,

    /// <summary>Not a code of this key in the current step or one step either side.</summary>
    Wrong,

    /// <summary>A right code, but of a time step already used (or older): each code works once.</summary>
    Replayed,
}

/// <summary>The outcome of a check; <paramref name="TimeStep"/> is the step the code matched, to be stored when accepted.</summary>
public sealed record TotpCheck(TotpVerdict Verdict, long? TimeStep);

/// <summary>
/// Authenticator-app codes (RFC 6238: HMAC-SHA1, 30-second steps, 6 digits), as Google Authenticator, Microsoft
/// Authenticator and the like compute them from the Base32 key. A code is accepted in its own step and one step
/// either side (a phone clock up to about 30 seconds off), never twice, and never from a step at or before the last
/// one accepted for the account.
/// </summary>
public static class Totp
{
    public const int Digits = 6;
    public static readonly TimeSpan Step = TimeSpan.FromSeconds(30);

    /// <summary>Steps either side of the current one that still count.</summary>
    public const int AllowedSkew = 1;

    public static long TimeStepAt(DateTimeOffset at) => at.ToUnixTimeSeconds() / (long)Step.TotalSeconds;

    /// <summary>The code for <paramref name="timeStep"/>, zero-padded to six digits.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Security", "CA5350:Do Not Use Weak Cryptographic Algorithms",
        Justification = "RFC 6238 codes are HMAC-SHA1, the only algorithm every authenticator app computes; HMAC-SHA1 is not weakened by SHA-1 collisions.")]
    public static string Code(string base32Key, long timeStep)
    {
        var key = Base32Decode(base32Key);
        Span<byte> counter = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, timeStep);
        Span<byte> hash = stackalloc byte[HMACSHA1.HashSizeInBytes];
        HMACSHA1.HashData(key, counter, hash);
        var offset = hash[^1] & 0x0F;
        var binary = (BinaryPrimitives.ReadInt32BigEndian(hash[offset..]) & 0x7FFFFFFF) % 1_000_000;
        return binary.ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Checks <paramref name="code"/> (spaces and dashes ignored) at <paramref name="now"/>.</summary>
    public static TotpCheck Check(string base32Key, string? code, DateTimeOffset now, long? lastAcceptedStep)
    {
        var digits = Normalize(code);
        if (digits is null)
        {
            return new TotpCheck(TotpVerdict.Wrong, null);
        }

        var current = TimeStepAt(now);
        for (var step = current - AllowedSkew; step <= current + AllowedSkew; step++)
        {
            if (CryptographicOperations.FixedTimeEquals(System.Text.Encoding.ASCII.GetBytes(Code(base32Key, step)), System.Text.Encoding.ASCII.GetBytes(digits)))
            {
                return step > (lastAcceptedStep ?? long.MinValue)
                    ? new TotpCheck(TotpVerdict.Accepted, step)
                    : new TotpCheck(TotpVerdict.Replayed, step);
            }
        }

        return new TotpCheck(TotpVerdict.Wrong, null);
    }

    /// <summary>The six digits of what was typed, or null when it cannot be a code.</summary>
    public static string? Normalize(string? code)
    {
        var digits = (code ?? string.Empty).Replace(" ", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal);
        return digits.Length == Digits && digits.All(char.IsAsciiDigit) ? digits : null;
    }

    /// <summary>The key as authenticator apps expect it in an <c>otpauth://</c> link or typed by hand.</summary>
    public static string SetupUri(string issuer, string accountName, string base32Key) =>
        $"otpauth://totp/{Uri.EscapeDataString(issuer)}:{Uri.EscapeDataString(accountName)}?secret={base32Key}&issuer={Uri.EscapeDataString(issuer)}&digits={Digits}";

    private static byte[] Base32Decode(string input)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var text = input.TrimEnd('=').Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
        var output = new byte[text.Length * 5 / 8];
        int buffer = 0, bits = 0, index = 0;
        foreach (var c in text)
        {
            var value = alphabet.IndexOf(c, StringComparison.Ordinal);
            if (value < 0)
            {
                throw new FormatException("An authenticator key is Base32 (A-Z, 2-7).");
            }

            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8)
            {
                bits -= 8;
                output[index++] = (byte)(buffer >> bits);
                buffer &= (1 << bits) - 1;
            }
        }

        return output;
    }
}
