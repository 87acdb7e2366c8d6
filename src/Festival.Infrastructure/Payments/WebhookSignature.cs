using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Festival.Infrastructure.Payments;

/// <summary>
/// The signed-webhook scheme most hosted checkouts use: the header <c>Festival-Signature: t=UNIX_SECONDS,v1=HEX</c>, where
/// HEX is HMAC-SHA256 with the shared secret over <c>t + "." + raw body</c>. Signing the timestamp with the body makes
/// a captured webhook useless once it is stale; comparing in constant time leaks nothing about the expected value.
/// </summary>
public static class WebhookSignature
{
    public const string Header = "Festival-Signature";

    public static string Sign(string secret, DateTimeOffset at, string body)
    {
        ArgumentNullException.ThrowIfNull(secret);
        ArgumentNullException.ThrowIfNull(body);
        var timestamp = at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        return $"t={timestamp},v1={Convert.ToHexStringLower(Mac(secret, timestamp, body))}";
    }

    public enum Outcome
    {
        Valid,
        Invalid,
        Stale,
    }

    /// <summary>Valid when some v1 value matches and the timestamp is within <paramref name="tolerance"/> of <paramref name="now"/>.</summary>
    public static Outcome Verify(string secret, string? header, string body, DateTimeOffset now, TimeSpan tolerance)
    {
        ArgumentNullException.ThrowIfNull(secret);
        ArgumentNullException.ThrowIfNull(body);
        if (string.IsNullOrWhiteSpace(header))
        {
            return Outcome.Invalid;
        }

        string? timestamp = null;
        var signatures = new List<byte[]>();
        foreach (var part in header.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var pair = part.Split('=', 2);
            if (pair.Length != 2)
            {
                continue;
            }

            if (pair[0] == "t")
            {
                timestamp = pair[1];
            }
            else if (pair[0] == "v1" && pair[1].Length == 64 && TryHex(pair[1], out var bytes))
            {
                signatures.Add(bytes);
            }
        }

        if (timestamp is null || signatures.Count == 0 || !long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return Outcome.Invalid;
        }

        var expected = Mac(secret, timestamp, body);
        if (!signatures.Any(s => CryptographicOperations.FixedTimeEquals(s, expected)))
        {
            return Outcome.Invalid;
        }

        // Checked after the signature, so only the genuine signer learns that a timestamp was stale.
        return seconds < DateTimeOffset.MinValue.ToUnixTimeSeconds() || seconds > DateTimeOffset.MaxValue.ToUnixTimeSeconds()
            || (now - DateTimeOffset.FromUnixTimeSeconds(seconds)).Duration() > tolerance
            ? Outcome.Stale
            : Outcome.Valid;
    }

    private static byte[] Mac(string secret, string timestamp, string body) =>
        HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{timestamp}.{body}"));

    private static bool TryHex(string text, out byte[] bytes)
    {
        try
        {
            bytes = Convert.FromHexString(text);
            return true;
        }
        catch (FormatException)
        {
            bytes = [];
            return false;
        }
    }
}
