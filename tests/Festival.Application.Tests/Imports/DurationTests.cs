using Festival.Application.Imports.Values;

namespace Festival.Application.Tests.Imports;

public sealed class DurationTests
{
    [TestCase("3:30", 210)]
    [TestCase(" 3:05 ", 185)]
    [TestCase("24:00", 1440)]
    [TestCase("0:45", 45)]
    [TestCase("0:52:30", 3150)]
    [TestCase("1:00:00", 3600)]
    [TestCase("3", 180)]
    [TestCase("3.5", 210)]
    [TestCase("3,5", 210)]
    [TestCase("3 min", 180)]
    [TestCase("3.5 minutes", 210)]
    [TestCase("3 MIN", 180)]
    [TestCase("210 s", 210)]
    [TestCase("210s", 210)]
    [TestCase("210 sec", 210)]
    [TestCase("90 seconds", 90)]
    [TestCase("3m30s", 210)]
    [TestCase("3m 30s", 210)]
    [TestCase("3 min 30 s", 210)]
    [TestCase("3m", 180)]
    [TestCase("3.33", 200)]
    public void Accepted_formats_read_as_seconds(string text, int seconds) =>
        Assert.That(Durations.ParseSeconds(text).Value, Is.EqualTo(seconds));

    [TestCase("", "duration_missing")]
    [TestCase("   ", "duration_missing")]
    [TestCase("-3:00", "duration_negative")]
    [TestCase("-3", "duration_negative")]
    [TestCase("0", "duration_zero")]
    [TestCase("0:00", "duration_zero")]
    [TestCase("0 min", "duration_zero")]
    [TestCase("24:00:00", "duration_too_long")]
    [TestCase("3:30:00", "duration_too_long")]
    [TestCase("61", "duration_too_long")]
    [TestCase("3:75", "duration_unreadable")]
    [TestCase("1:75:00", "duration_unreadable")]
    [TestCase("3:5", "duration_unreadable")]
    [TestCase("about 3 minutes", "duration_unreadable")]
    [TestCase("3'30\"", "duration_unreadable")]
    [TestCase("three", "duration_unreadable")]
    [TestCase("3 hours", "duration_unreadable")]
    [TestCase("3..5", "duration_unreadable")]
    public void Anything_else_is_refused_with_a_reason_and_never_guessed(string text, string code)
    {
        var result = Durations.ParseSeconds(text, "Duration 2");

        Assert.That(result.Succeeded, Is.False);
        Assert.That(result.Errors[0].Code, Is.EqualTo(code));
        Assert.That(result.Errors[0].Field, Is.EqualTo("Duration 2"));
        Assert.That(result.Errors[0].Message, Is.Not.Empty);
    }

    [Test]
    public void A_time_Excel_read_as_hours_is_refused_with_advice_to_format_the_column_as_text() =>
        Assert.That(Durations.ParseSeconds("3:30:00").Errors[0].Message, Does.Contain("format the column as text"));

    [TestCase(210, "3:30")]
    [TestCase(65, "1:05")]
    [TestCase(3750, "1:02:30")]
    public void Seconds_are_printed_the_way_festivals_print_durations(int seconds, string text) =>
        Assert.That(Durations.Format(seconds), Is.EqualTo(text));
}
