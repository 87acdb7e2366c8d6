using Festival.Application.Imports.Values;

namespace Festival.Application.Tests.Imports;

public sealed class ValueParserTests
{
    [Test]
    public void A_date_written_yyyy_mm_dd_is_read() =>
        Assert.That(Dates.Parse(" 2015-04-30 ").Value, Is.EqualTo(new DateOnly(2015, 4, 30)));

    [TestCase("31/02/2027", "date_format")]
    [TestCase("03/04/2015", "date_format")]
    [TestCase("2015-4-30", "date_format")]
    [TestCase("30 April 2015", "date_format")]
    [TestCase("2027-02-31", "date_invalid")]
    [TestCase("2027-13-01", "date_invalid")]
    [TestCase("", "date_missing")]
    public void Other_date_forms_and_dates_not_in_the_calendar_are_refused(string text, string code)
    {
        var result = Dates.Parse(text, "Birthdates");

        Assert.That(result.Errors.Single().Code, Is.EqualTo(code));
        Assert.That(result.Errors.Single().Field, Is.EqualTo("Birthdates"));
    }

    [TestCase("12", 12)]
    [TestCase("12.50", 12.5)]
    [TestCase("$12.50", 12.5)]
    [TestCase(" $ 7 ", 7)]
    [TestCase("0", 0)]
    public void Fees_are_read_as_decimals(string text, decimal fee) =>
        Assert.That(Fees.Parse(text).Value, Is.EqualTo(fee));

    [TestCase("abc")]
    [TestCase("-12")]
    [TestCase("12.505")]
    [TestCase("1,200")]
    [TestCase("12 dollars")]
    public void Fees_that_are_not_plain_amounts_are_refused(string text) =>
        Assert.That(Fees.Parse(text).Errors.Single().Code, Is.EqualTo("fee_unreadable"));

    [TestCase("2105", 2105, "")]
    [TestCase("2105A", 2105, "A")]
    [TestCase(" 2105a ", 2105, "A")]
    [TestCase("2105 B", 2105, "B")]
    public void Class_codes_split_into_number_and_suffix(string text, int number, string suffix)
    {
        var code = ClassCode.Parse(text).Value;

        Assert.That((code.Number, code.Suffix), Is.EqualTo((number, suffix)));
        Assert.That(code.ToString(), Is.EqualTo($"{number}{suffix}"));
    }

    [TestCase("A2105")]
    [TestCase("21.05")]
    [TestCase("2105-A")]
    [TestCase("Piano")]
    public void Text_that_is_not_a_class_code_is_refused(string text) =>
        Assert.That(ClassCode.Parse(text).Errors.Single().Code, Is.EqualTo("class_unreadable"));
}
