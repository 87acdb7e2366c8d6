using System.Globalization;
using System.Net.Mail;
using Festival.Domain.Accounts;

namespace Festival.Application.Accounts;

/// <summary>Cleans and checks what people type into account fields. One place, so every entry point agrees.</summary>
public static class AccountInput
{
    /// <summary>Surrounding whitespace is dropped; letter case is kept (uniqueness ignores it).</summary>
    public static string NormalizeEmail(string? email) => (email ?? string.Empty).Trim();

    /// <summary>Blank display names are no display name.</summary>
    public static string? NormalizeDisplayName(string? displayName) =>
        string.IsNullOrWhiteSpace(displayName) ? null : displayName.Trim();

    public static Error? CheckEmail(string email)
    {
        if (email.Length == 0)
        {
            return AccountErrors.EmailRequired;
        }

        if (email.Length > AccountRules.MaxEmailLength)
        {
            return AccountErrors.EmailTooLong;
        }

        // MailAddress also accepts "Name <a@b>" forms; requiring its address to be the whole input rejects them.
        if (email.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || IsFormatCharacter(c))
            || !MailAddress.TryCreate(email, out var parsed)
            || !string.Equals(parsed.Address, email, StringComparison.Ordinal)
            || parsed.Host.Length == 0)
        {
            return AccountErrors.EmailInvalid;
        }

        return null;
    }

    public static Error? CheckDisplayName(string? displayName)
    {
        if (displayName is null)
        {
            return null;
        }

        if (displayName.Length > AccountRules.MaxDisplayNameLength)
        {
            return AccountErrors.DisplayNameTooLong;
        }

        return displayName.Any(c => char.IsControl(c) || IsFormatCharacter(c)) ? AccountErrors.DisplayNameInvalid : null;
    }

    /// <summary>Invisible format characters (right-to-left overrides, zero-width joiners) that can disguise text.</summary>
    private static bool IsFormatCharacter(char c) => char.GetUnicodeCategory(c) == UnicodeCategory.Format;
}
