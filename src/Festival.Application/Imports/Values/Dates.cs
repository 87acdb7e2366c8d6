using System.Globalization;
using System.Text.RegularExpressions;

namespace Festival.Application.Imports.Values;

/// <summary>
/// Reads dates written yyyy-mm-dd and nothing else: 03/04/2015 means March or April depending on who typed it, so it is
/// refused with the reason rather than guessed.
/// </summary>
public static partial class Dates
{
    public static Result<DateOnly> Parse(string? text, string column = "Date")
    {
        var value = (text ?? string.Empty).Trim();
        if (value.Length == 0)
        {
            return Result<DateOnly>.Failed(Error.Validation(column, "date_missing", "A date is required."));
        }

        if (!IsoShape().IsMatch(value))
        {
            return Result<DateOnly>.Failed(Error.Validation(column, "date_format",
                $"\"{value}\" is not written yyyy-mm-dd (for example 2015-04-30)."));
        }

        return DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? Result<DateOnly>.Success(date)
            : Result<DateOnly>.Failed(Error.Validation(column, "date_invalid", $"{value} is not a date in the calendar."));
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoShape();
}
