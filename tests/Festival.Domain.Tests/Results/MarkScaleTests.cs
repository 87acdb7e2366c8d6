using Festival.Domain.Results;

namespace Festival.Domain.Tests.Results;

public sealed class MarkScaleTests
{
    private static MarkScale Scale(string spec)
    {
        var reading = MarkScale.Parse(spec);
        Assert.That(reading.Problem, Is.Null, spec);
        return reading.Value!;
    }

    [Test]
    public void A_numeric_scale_reads_its_range_and_bands_highest_first_and_writes_the_same_spec_back()
    {
        var scale = Scale("60-100, Bronze 70+, Gold 90+, Silver 80+");

        Assert.That(scale.IsNumeric, Is.True);
        Assert.That((scale.Min, scale.Max), Is.EqualTo((60, 100)));
        Assert.That(scale.Bands.Select(b => b.Name), Is.EqualTo(new[] { "Gold", "Silver", "Bronze" }));
        Assert.That(scale.Spec, Is.EqualTo("60-100, Gold 90+, Silver 80+, Bronze 70+"));
        Assert.That(Scale(scale.Spec).Spec, Is.EqualTo(scale.Spec));
    }

    [Test]
    public void Band_names_may_have_several_words_and_the_plus_is_optional()
    {
        var scale = Scale("0-100, First Class Honours 85, Pass 50+");

        Assert.That(scale.Bands, Is.EqualTo(new[] { new MarkBand("First Class Honours", 85), new MarkBand("Pass", 50) }));
    }

    [TestCase(59, "59 is outside this festival's scale: the mark is a whole number from 60 to 100.")]
    [TestCase(101, "101 is outside this festival's scale: the mark is a whole number from 60 to 100.")]
    [TestCase(-5, "-5 is outside this festival's scale: the mark is a whole number from 60 to 100.")]
    public void A_mark_outside_the_range_is_refused_with_the_scale_in_the_message(int mark, string message)
    {
        var reading = MarkScale.Default.Read(mark.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.That(reading.Succeeded, Is.False);
        Assert.That(reading.Problem, Is.EqualTo(message));
    }

    [TestCase("60", 60)]
    [TestCase(" 100 ", 100)]
    [TestCase("87", 87)]
    public void Marks_at_and_inside_the_ends_of_the_range_are_read(string typed, int value)
    {
        Assert.That(MarkScale.Default.Read(typed).Value, Is.EqualTo(new Mark(value.ToString(System.Globalization.CultureInfo.InvariantCulture), value)));
    }

    [TestCase("87.5")]
    [TestCase("eighty")]
    [TestCase("8 7")]
    public void A_mark_that_is_not_a_whole_number_is_refused(string typed)
    {
        var reading = MarkScale.Default.Read(typed);

        Assert.That(reading.Problem, Does.StartWith($"'{typed}' is not a mark").And.EndWith("a whole number from 60 to 100."));
    }

    [Test]
    public void A_blank_mark_is_refused_by_the_scale_and_asks_for_one()
    {
        Assert.That(MarkScale.Default.Read("  ").Problem, Is.EqualTo("Give a mark: a whole number from 60 to 100."));
    }

    [Test]
    public void Bands_hold_every_mark_from_their_start_up_to_the_next_band()
    {
        var scale = MarkScale.Default;

        Assert.That(scale.BandOf(100), Is.EqualTo("Gold"));
        Assert.That(scale.BandOf(90), Is.EqualTo("Gold"));
        Assert.That(scale.BandOf(89), Is.EqualTo("Silver"));
        Assert.That(scale.BandOf(70), Is.EqualTo("Bronze"));
        Assert.That(scale.BandOf(69), Is.Null);
        Assert.That(scale.Reaches(85, "silver"), Is.True);
        Assert.That(scale.Reaches(79, "Silver"), Is.False);
        Assert.That(scale.Reaches(99, "Platinum"), Is.False);
    }

    [Test]
    public void Descriptors_are_read_in_any_letter_case_and_rank_best_highest()
    {
        var scale = Scale("I, II, III");

        Assert.That(scale.IsNumeric, Is.False);
        Assert.That(scale.Read("ii").Value, Is.EqualTo(new Mark("II", 2)));
        Assert.That(scale.Read("I").Value!.Value, Is.GreaterThan(scale.Read("III").Value!.Value));
        Assert.That(scale.FromValue(3).Text, Is.EqualTo("I"));
        Assert.That(scale.BandOf(3), Is.Null);
        Assert.That(scale.Read("IV").Problem, Is.EqualTo("'IV' is not on this festival's scale: the mark is one of I, II, III."));
        Assert.That(scale.Read("87").Succeeded, Is.False);
    }

    [Test]
    public void Named_descriptors_work_as_well_as_numerals()
    {
        var scale = Scale("Outstanding, Excellent, Very Good, Good");

        Assert.That(scale.Read("very good").Value, Is.EqualTo(new Mark("Very Good", 2)));
        Assert.That(scale.Spec, Is.EqualTo("Outstanding, Excellent, Very Good, Good"));
    }

    [TestCase("", "Give a mark scale")]
    [TestCase("100-60", "A mark range runs from a lower to a higher whole number")]
    [TestCase("60-60", "A mark range runs from a lower to a higher whole number")]
    [TestCase("60-100, Gold 110+", "Band Gold starts at 110, outside the range 60-100.")]
    [TestCase("60-100, Gold 90+, gold 80+", "Two bands have the same name.")]
    [TestCase("60-100, Gold 90+, Silver 90+", "Two bands start at the same mark.")]
    [TestCase("60-100, Gold", "'Gold' is not a band")]
    [TestCase("60-100, 90+", "'90+' is not a band")]
    [TestCase("Pass", "Descriptors are at least two")]
    [TestCase("I, II, i", "Two descriptors are the same.")]
    [TestCase("I, , III", "Each descriptor has 1 to 30 characters.")]
    public void A_scale_that_makes_no_sense_is_refused_with_what_is_wrong(string spec, string problem)
    {
        var reading = MarkScale.Parse(spec);

        Assert.That(reading.Succeeded, Is.False);
        Assert.That(reading.Problem, Does.StartWith(problem));
    }

    [Test]
    public void Building_a_scale_in_code_checks_it_as_parsing_does()
    {
        Assert.That(() => MarkScale.Numeric(60, 100, [new MarkBand("Gold", 50)]), Throws.ArgumentException);
        Assert.That(() => MarkScale.Descriptive(["Only"]), Throws.ArgumentException);
        Assert.That(MarkScale.Descriptive(["A", "B"]).Spec, Is.EqualTo("A, B"));
    }
}
