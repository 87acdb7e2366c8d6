using System.Globalization;
using System.Text;
using System.Xml;

namespace Festival.Infrastructure.Reports;

/// <summary>What the table writers share: which text a spreadsheet would take for a formula, and how typed cells read as text.</summary>
internal static class SpreadsheetText
{
    /// <summary>
    /// Text a spreadsheet may run as a formula when it opens the file (OWASP's CSV injection list): starting with =, +, -,
    /// @, a tab or a carriage return.
    /// </summary>
    public static bool LooksLikeFormula(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r';

    /// <summary>A typed cell as invariant text: numbers with a dot, dates yyyy-mm-dd, bools TRUE/FALSE, null empty.</summary>
    public static string Format(object? value) => value switch
    {
        null => string.Empty,
        string text => text,
        bool flag => flag ? "TRUE" : "FALSE",
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime time => time.ToString(time.TimeOfDay == TimeSpan.Zero ? "yyyy-MM-dd" : "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    /// <summary>Characters XML cannot hold (most control characters) replaced by U+FFFD, so any stored text can be written.</summary>
    public static string XmlSafe(string text)
    {
        if (text.All(XmlConvert.IsXmlChar))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (XmlConvert.IsXmlChar(text[i]))
            {
                builder.Append(text[i]);
            }
            else if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
            {
                builder.Append(text, i, 2);
                i++;
            }
            else
            {
                builder.Append('\uFFFD');
            }
        }

        return builder.ToString();
    }
}
