using System.Globalization;
using System.Net.Mail;
using System.Text;
using Festival.Domain.Accounts;

namespace Festival.Application.Accounts;

/// <summary>Cleans and checks what people type into account fields. One place, so every entry point agrees.</summary>
public static class AccountInput
{
    /// <summary>
    /// Surrounding whitespace is dropped and the text composed (Unicode NFC), so "ö" typed as one character or as
    /// "o" plus a combining diaeresis is one address; letter case is kept (uniqueness ignores it).
    /// </summary>
    public static string NormalizeEmail(string? email) => Compose((email ?? string.Empty).Trim());

    /// <summary>Optional text: trimmed, composed (NFC) like emails, and blank means none.</summary>
    public static string? NormalizeText(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : Compose(text.Trim());

    /// <summary>
    /// Unicode normalization form C: one spelling for what looks the same on screen. Text that is not valid UTF-16
    /// (a lone surrogate) cannot be normalized and is returned as it is; validation refuses it afterwards.
    /// </summary>
    public static string Compose(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        try
        {
            return text.Normalize(NormalizationForm.FormC);
        }
        catch (ArgumentException)
        {
            return text;
        }
    }

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
            || !string.Equals(parsed.Address, email, StringComparison.Ordinal))
        {
            return AccountErrors.EmailInvalid;
        }

        // Quoted local parts and address literals are valid RFC 5322 but rare, confusing, and badly supported by mail
        // servers; internationalised domain names (bücher.example) are accepted.
        return parsed.User.StartsWith('"') || !IsDomainName(parsed.Host) ? AccountErrors.EmailInvalid : null;
    }

    /// <summary>A new password: present, under the length cap (checked first, so a huge one costs nothing), and within policy.</summary>
    public static async Task<IReadOnlyList<Error>> CheckNewPasswordAsync(IUserAccounts accounts, string? password, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(accounts);
        if (string.IsNullOrEmpty(password))
        {
            return [AccountErrors.PasswordRequired];
        }

        return password.Length > AccountRules.MaxPasswordLength
            ? [AccountErrors.PasswordTooLong]
            : await accounts.ValidatePasswordAsync(password, cancellationToken);
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

    /// <summary>Free text of at most <paramref name="maxLength"/> characters, without control or direction characters.</summary>
    public static Error? CheckText(string field, string? text, int maxLength)
    {
        if (text is null)
        {
            return null;
        }

        if (text.Length > maxLength)
        {
            return Error.Validation(field, $"{field.ToLowerInvariant()}_too_long", $"This can be at most {maxLength} characters.");
        }

        return text.Any(c => char.IsControl(c) || IsFormatCharacter(c))
            ? Error.Validation(field, $"{field.ToLowerInvariant()}_invalid", "This cannot contain control or text-direction characters.")
            : null;
    }

    /// <summary>Dot-separated labels of letters (any script), digits and inner hyphens, with at least one dot.</summary>
    private static bool IsDomainName(string host)
    {
        var labels = host.Split('.');
        return labels.Length >= 2 && labels.All(label =>
            label.Length is > 0 and <= 63 && label[0] != '-' && label[^1] != '-' && label.All(c => char.IsLetterOrDigit(c) || c == '-'));
    }

    /// <summary>Invisible format characters (right-to-left overrides, zero-width joiners) that can disguise text.</summary>
    private static bool IsFormatCharacter(char c) => char.GetUnicodeCategory(c) == UnicodeCategory.Format;
}
