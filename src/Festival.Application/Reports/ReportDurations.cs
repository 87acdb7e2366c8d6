using System.Globalization;

namespace Festival.Application.Reports;

/// <summary>How reports show a length of time: <c>1:02:05</c> for an hour and more, <c>3:30</c> below.</summary>
public static class ReportDurations
{
    public static string Format(long seconds)
    {
        var sign = seconds < 0 ? "-" : string.Empty;
        var total = Math.Abs(seconds);
        var (hours, minutes, secs) = (total / 3600, total % 3600 / 60, total % 60);
        return hours > 0
            ? string.Create(CultureInfo.InvariantCulture, $"{sign}{hours}:{minutes:D2}:{secs:D2}")
            : string.Create(CultureInfo.InvariantCulture, $"{sign}{minutes}:{secs:D2}");
    }

    public static double Hours(long seconds) => Math.Round(seconds / 3600.0, 2);
}
