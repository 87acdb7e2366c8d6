using Festival.Application.Imports;
using Festival.Application.Reports;
using Festival.Application.Syllabus;
using Festival.Domain.Syllabus;
using Microsoft.Extensions.Options;

namespace Festival.Infrastructure.Tests.Imports;

public sealed class ImportServicesTests
{
    private TestDatabase _database = null!;

    [SetUp]
    public void SetUp() => _database = new TestDatabase();

    [TearDown]
    public void TearDown() => _database.Dispose();

    [Test]
    public void The_container_holds_the_file_reader_a_writer_per_format_and_the_configured_syllabus_rules()
    {
        using var services = FestivalTestServices.Create(_database, settings: new Dictionary<string, string?> { ["Festival:Syllabus:TypeKeywords:Duet:0"] = "duet" });

        Assert.That(services.GetRequiredService<ITabularFileReader>(), Is.Not.Null);
        Assert.That(services.GetServices<ITableWriter>().Select(w => w.Format), Is.EquivalentTo(Enum.GetValues<TableFormat>()));
        Assert.That(services.GetRequiredService<SyllabusRules>().TypeOf("Piano Duet"), Is.EqualTo(ClassType.Duet));
    }

    [Test]
    public void Import_limits_come_from_configuration_and_bad_ones_fail_at_start()
    {
        using var configured = FestivalTestServices.Create(_database, settings: new Dictionary<string, string?> { ["Festival:Imports:MaxRows"] = "123" });
        using var invalid = FestivalTestServices.Create(_database, settings: new Dictionary<string, string?> { ["Festival:Imports:MaxBytes"] = "0" });

        Assert.That(configured.GetRequiredService<IOptions<ImportOptions>>().Value.MaxRows, Is.EqualTo(123));
        Assert.That(() => invalid.GetRequiredService<IOptions<ImportOptions>>().Value, Throws.TypeOf<OptionsValidationException>());
    }

    [Test]
    public void A_syllabus_configuration_with_overlapping_ranges_fails_at_start_saying_which()
    {
        using var services = FestivalTestServices.Create(_database, settings: new Dictionary<string, string?>
        {
            ["Festival:Syllabus:Disciplines:0:From"] = "1000", ["Festival:Syllabus:Disciplines:0:To"] = "1999", ["Festival:Syllabus:Disciplines:0:Name"] = "Vocal",
            ["Festival:Syllabus:Disciplines:1:From"] = "1500", ["Festival:Syllabus:Disciplines:1:To"] = "2899", ["Festival:Syllabus:Disciplines:1:Name"] = "Piano",
        });

        Assert.That(() => services.GetRequiredService<IOptions<SyllabusOptions>>().Value,
            Throws.TypeOf<OptionsValidationException>().With.Message.Contains("Vocal (1000-1999) and Piano (1500-2899) overlap"));
    }

    /// <summary>The rules as shipped in the web app's appsettings.json, bound the way the app binds them.</summary>
    [TestCase("Vocal Solo, 18 years and under", 1105, "Vocal", "Senior", ClassType.Solo, 5, 25)]
    [TestCase("Vocal Solo, 8 years and under", 1101, "Vocal", "Junior", ClassType.Solo, 3, 25)]
    [TestCase("Piano Solo, Grade 8", 2108, "Piano", "Senior", ClassType.Solo, 5, 25)]
    [TestCase("Piano Duet, Grade 5", 2150, "Piano", "Intermediate", ClassType.Duet, 4, 35)]
    [TestCase("Junior Choir", 6001, "Choral", "Junior", ClassType.Ensemble, 8, 60)]
    [TestCase("String Quartet, Senior", 3400, "Strings", "Senior", ClassType.Quartet, 5, 45)]
    public void The_shipped_syllabus_rules_derive_what_festivals_expect(
        string name, int number, string discipline, string level, ClassType type, int minutes, decimal fee)
    {
        var options = ShippedSettings.Syllabus();
        var rules = new SyllabusRules(options);

        Assert.That(options.Problems(), Is.Empty);
        Assert.That(rules.DisciplineOf(number), Is.EqualTo(discipline));
        Assert.That(rules.LevelOf(name), Is.EqualTo(level));
        Assert.That(rules.TypeOf(name), Is.EqualTo(type));
        Assert.That(rules.AdjudicationMinutesFor(discipline, level), Is.EqualTo(minutes));
        Assert.That(rules.FeeFor(type), Is.EqualTo(fee));
    }
}
