using System.Globalization;

namespace Festival.Application.Reports;

/// <summary>How reports show times and money, the same on every page and in every file.</summary>
public static class ReportText
{
    /// <summary><c>1:02:05</c> for an hour and more, <c>3:30</c> below.</summary>
    public static string Duration(long seconds)
    {
        var sign = seconds < 0 ? "-" : string.Empty;
        var total = Math.Abs(seconds);
        var (hours, minutes, secs) = (total / 3600, total % 3600 / 60, total % 60);
        return hours > 0
            ? string.Create(CultureInfo.InvariantCulture, $"{sign}{hours}:{minutes:D2}:{secs:D2}")
            : string.Create(CultureInfo.InvariantCulture, $"{sign}{minutes}:{secs:D2}");
    }

    /// <summary>Hours with two decimals.</summary>
    public static string Hours(long seconds) => (seconds / 3600m).ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>An amount with two decimals and a dot, e.g. <c>147.50</c>.</summary>
    public static string Money(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);
}
