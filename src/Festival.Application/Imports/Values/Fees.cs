using System.Globalization;
using System.Text.RegularExpressions;

namespace Festival.Application.Imports.Values;

/// <summary>Reads an amount of money: <c>12</c>, <c>12.50</c>, <c>$12.50</c>. No thousands separators, at most two decimals, not negative.</summary>
public static partial class Fees
{
    public static Result<decimal> Parse(string? text, string column = "Fee")
    {
        var value = (text ?? string.Empty).Trim();
        if (value.Length == 0)
        {
            return Result<decimal>.Failed(Error.Validation(column, "fee_missing", "A fee is required."));
        }

        var match = Amount().Match(value);
        if (!match.Success)
        {
            return Result<decimal>.Failed(Error.Validation(column, "fee_unreadable",
                $"\"{value}\" is not an amount; write it like 12 or 12.50."));
        }

        return Result<decimal>.Success(decimal.Parse(match.Groups["amount"].Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture));
    }

    [GeneratedRegex(@"^\$?\s*(?<amount>\d{1,7}(?:\.\d{1,2})?)$", RegexOptions.CultureInvariant)]
    private static partial Regex Amount();
}
