using Festival.Application.Syllabus;
using Festival.Domain.Syllabus;

namespace Festival.Application.Tests.Syllabus;

public sealed class SyllabusRulesTests
{
    private static SyllabusOptions Options() => new()
    {
        Disciplines =
        [
            new DisciplineRange { From = 1000, To = 1999, Name = "Vocal" },
            new DisciplineRange { From = 2000, To = 2899, Name = "Piano" },
            new DisciplineRange { From = 3000, To = 3999, Name = "Strings" },
        ],
        TypeKeywords =
        {
            [ClassType.Duet] = ["duet", "duets"],
            [ClassType.Trio] = ["trio"],
            [ClassType.Quartet] = ["quartet"],
            [ClassType.Quintet] = ["quintet"],
            [ClassType.Ensemble] = ["choir", "ensemble", "band"],
            [ClassType.Recital] = ["recital"],
            [ClassType.Composition] = ["composition"],
        },
        LevelKeywords =
        {
            ["Junior"] = ["grade 1", "8 and under", "8 years and under"],
            ["Intermediate"] = ["grade 5"],
            ["Senior"] = ["grade 8", "grade 10", "18 years and under"],
        },
        DefaultLevel = "Open",
        AdjudicationMinutes = { ["Piano"] = new() { ["Junior"] = 3, ["Senior"] = 6 }, ["Vocal"] = new() { ["*"] = 4 } },
        DefaultAdjudicationMinutes = 5,
        Fees = { [ClassType.Solo] = 25m, [ClassType.Duet] = 35m },
        DefaultFee = 30m,
    };

    private readonly SyllabusRules _rules = new(Options());

    [TestCase(1000, "Vocal")]
    [TestCase(1999, "Vocal")]
    [TestCase(2105, "Piano")]
    [TestCase(2899, "Piano")]
    [TestCase(3500, "Strings")]
    public void The_discipline_comes_from_the_class_numbers_range(int number, string discipline) =>
        Assert.That(_rules.DisciplineOf(number), Is.EqualTo(discipline));

    [TestCase(2900)]
    [TestCase(999)]
    public void A_number_outside_every_range_has_no_discipline(int number) =>
        Assert.That(_rules.DisciplineOf(number), Is.Null);

    [TestCase("Piano Duet, Grade 5", ClassType.Duet)]
    [TestCase("PIANO DUETS", ClassType.Duet)]
    [TestCase("String Trio", ClassType.Trio)]
    [TestCase("Junior Choir", ClassType.Ensemble)]
    [TestCase("Concert Band", ClassType.Ensemble)]
    [TestCase("Senior Recital", ClassType.Recital)]
    [TestCase("Original Composition", ClassType.Composition)]
    [TestCase("Piano Solo, Baroque", ClassType.Solo)]
    [TestCase("Duettino by Mozart", ClassType.Solo)]
    [TestCase("Bandoneon Solo", ClassType.Solo)]
    public void The_type_comes_from_whole_words_in_the_name_and_is_Solo_otherwise(string name, ClassType type) =>
        Assert.That(_rules.TypeOf(name), Is.EqualTo(type));

    [TestCase("Vocal Solo, 18 years and under", "Senior")]
    [TestCase("Vocal Solo, 8 years and under", "Junior")]
    [TestCase("Vocal Solo, 8 and under", "Junior")]
    [TestCase("Piano Solo, Grade 8", "Senior")]
    [TestCase("Piano Solo, Grade 10", "Senior")]
    [TestCase("Piano Solo, Grade 1", "Junior")]
    [TestCase("Piano Solo,  grade   5", "Intermediate")]
    [TestCase("Piano Solo, Grade 12", "Open")]
    [TestCase("Piano Solo, Grade 80", "Open")]
    public void The_level_comes_from_whole_words_most_specific_first(string name, string level) =>
        Assert.That(_rules.LevelOf(name), Is.EqualTo(level));

    [TestCase("Piano", "Junior", 3)]
    [TestCase("Piano", "Senior", 6)]
    [TestCase("Piano", "Open", 5)]
    [TestCase("Vocal", "Senior", 4)]
    [TestCase("Strings", "Senior", 5)]
    public void Adjudication_minutes_come_from_discipline_and_level_then_the_discipline_then_the_default(string discipline, string level, int minutes) =>
        Assert.That(_rules.AdjudicationMinutesFor(discipline, level), Is.EqualTo(minutes));

    [TestCase(ClassType.Solo, 25)]
    [TestCase(ClassType.Duet, 35)]
    [TestCase(ClassType.Quintet, 30)]
    public void The_fee_comes_from_the_type_or_the_default(ClassType type, decimal fee) =>
        Assert.That(_rules.FeeFor(type), Is.EqualTo(fee));

    [TestCase("duet", ClassType.Duet)]
    [TestCase(" Ensemble ", ClassType.Ensemble)]
    public void A_Type_cell_names_a_type_in_any_case(string text, ClassType type) =>
        Assert.That(SyllabusRules.ParseType(text).Value, Is.EqualTo(type));

    [TestCase("Choir")]
    [TestCase("3")]
    [TestCase("")]
    public void Other_Type_cells_are_refused_listing_the_types(string text) =>
        Assert.That(SyllabusRules.ParseType(text).Errors.Single().Message, Does.Contain("Solo, Duet, Trio"));

    [Test]
    public void Overlapping_ranges_and_negative_fees_are_problems_in_words()
    {
        var options = Options();
        options.Disciplines.Add(new DisciplineRange { From = 2800, To = 2999, Name = "Organ" });
        options.Fees[ClassType.Trio] = -1;

        Assert.That(options.Problems(), Is.EquivalentTo(new[]
        {
            "Disciplines: Piano (2000-2899) and Organ (2800-2999) overlap.",
            "Fees must not be negative.",
        }));
        Assert.That(Options().Problems(), Is.Empty);
    }
}
