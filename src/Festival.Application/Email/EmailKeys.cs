using System.Security.Cryptography;
using System.Text;

namespace Festival.Application.Email;

/// <summary>Parts of outbox idempotency keys, which must stay short (200 characters) while addresses and lists can be long.</summary>
internal static class EmailKeys
{
    /// <summary>A short stand-in for <paramref name="address"/>, the same whatever its case.</summary>
    public static string Address(string address) => Hash(address.ToUpperInvariant());

    public static string Hash(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];
}
