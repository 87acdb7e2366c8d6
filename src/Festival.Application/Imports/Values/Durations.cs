using System.Globalization;
using System.Text.RegularExpressions;

namespace Festival.Application.Imports.Values;

// The value parsers live in Application, beside AccountInput: they read what people type into import files (an input
// format), while Domain holds the festival's own rules. They are pure functions, tested in isolation.

/// <summary>
/// Reads a piece's timed length. Accepted: <c>3:30</c> (minutes:seconds), <c>1:02:30</c> (hours:minutes:seconds),
/// <c>3</c> and <c>3.5</c> (minutes), <c>3 min</c>, <c>210 s</c>, <c>3m30s</c>, <c>3 min 30 s</c>. Anything else, zero,
/// a negative time or more than <see cref="MaxSeconds"/> is refused with the reason: never guessed.
/// </summary>
public static partial class Durations
{
    /// <summary>An hour: no festival piece is longer, and a longer value is almost always a misread (Excel reads 3:30 as 3 hours 30 minutes).</summary>
    public const int MaxSeconds = 60 * 60;

    private const string Accepted = "write it as 3:30, 3.5, 3 min, 210 s or 3m30s";

    /// <summary>The duration in whole seconds (fractions of a second are rounded).</summary>
    public static Result<int> ParseSeconds(string? text, string column = "Duration")
    {
        var value = (text ?? string.Empty).Trim();
        if (value.Length == 0)
        {
            return Issue(column, "duration_missing", "A duration is required.");
        }

        if (value.StartsWith('-') || value.StartsWith('\u2212'))
        {
            return Issue(column, "duration_negative", $"\"{value}\" is negative; a duration must be longer than zero.");
        }

        double? seconds = null;
        if (Clock().Match(value) is { Success: true } clock)
        {
            var hasHours = clock.Groups["h"].Success;
            var minutes = int.Parse(clock.Groups["m"].Value, CultureInfo.InvariantCulture);
            var secs = int.Parse(clock.Groups["s"].Value, CultureInfo.InvariantCulture);
            if (secs >= 60 || (hasHours && minutes >= 60))
            {
                return Issue(column, "duration_unreadable", $"\"{value}\" is not a time: seconds and minutes run from 00 to 59; {Accepted}.");
            }

            seconds = ((hasHours ? int.Parse(clock.Groups["h"].Value, CultureInfo.InvariantCulture) * 60 : 0) + minutes) * 60d + secs;
        }
        else if (Units().Match(value) is { Success: true } units && (units.Groups["m"].Success || units.Groups["s"].Success))
        {
            seconds = (units.Groups["m"].Success ? Number(units.Groups["m"].Value) * 60 : 0)
                + (units.Groups["s"].Success ? Number(units.Groups["s"].Value) : 0);
        }
        else if (Minutes().IsMatch(value))
        {
            seconds = Number(value) * 60;
        }

        if (seconds is not { } total)
        {
            return Issue(column, "duration_unreadable", $"\"{value}\" is not a duration we can read; {Accepted}.");
        }

        var rounded = (int)Math.Min(Math.Round(total, MidpointRounding.AwayFromZero), int.MaxValue);
        if (rounded <= 0)
        {
            return Issue(column, "duration_zero", $"\"{value}\" is zero; a duration must be longer than zero.");
        }

        return rounded > MaxSeconds
            ? Issue(column, "duration_too_long",
                $"\"{value}\" is longer than an hour. If it is minutes and seconds, {Accepted}; in Excel, format the column as text first.")
            : Result<int>.Success(rounded);
    }

    /// <summary>Seconds as m:ss (or h:mm:ss from an hour up), the way festivals print durations.</summary>
    public static string Format(int seconds) =>
        seconds >= 3600
            ? string.Create(CultureInfo.InvariantCulture, $"{seconds / 3600}:{seconds / 60 % 60:00}:{seconds % 60:00}")
            : string.Create(CultureInfo.InvariantCulture, $"{seconds / 60}:{seconds % 60:00}");

    private static double Number(string text) =>
        double.Parse(text.Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);

    private static Result<int> Issue(string column, string code, string message) =>
        Result<int>.Failed(Error.Validation(column, code, message));

    [GeneratedRegex(@"^(?:(?<h>\d{1,2}):)?(?<m>\d{1,3}):(?<s>\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex Clock();

    [GeneratedRegex(@"^(?:(?<m>\d+(?:[.,]\d+)?)\s*(?:m|min|mins|minutes?)\.?)?\s*(?:(?<s>\d+(?:[.,]\d+)?)\s*(?:s|sec|secs|seconds?)\.?)?$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Units();

    [GeneratedRegex(@"^\d+(?:[.,]\d+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Minutes();
}
