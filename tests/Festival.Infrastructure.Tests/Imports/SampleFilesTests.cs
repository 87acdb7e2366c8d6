using System.Text;
using Festival.Application.Imports;
using Festival.Application.Imports.Values;
using Festival.Application.Syllabus;
using Festival.Domain.People;
using Festival.Testing.Imports;

namespace Festival.Infrastructure.Tests.Imports;

/// <summary>The shipped sample season and the generated bench files, read the way an import reads them.</summary>
public sealed class SampleFilesTests
{
    private static async Task<ImportSheet> Sheet(string file, ImportLayout layout) =>
        layout.Match((await ImportFiles.Read(await File.ReadAllBytesAsync(RepositoryFolder.PathOf("samples", "2027", file)), file)).Value).Value;

    /// <summary>What a row's cells say is wrong, by the value parsers alone (participant counts and ages need the classes).</summary>
    private static List<string> Problems(ImportSheet sheet, ImportRow row, HashSet<string> classes)
    {
        var problems = new List<string>();
        var code = ClassCode.Parse(sheet.Cell(row, "Class"));
        if (!code.Succeeded || !classes.Contains(code.Value.ToString()))
        {
            problems.Add("class");
        }

        if (sheet.Cell(row, "Participants").Length == 0 && sheet.Cell(row, "Group").Length == 0)
        {
            problems.Add("participants");
        }

        problems.AddRange(Enumerable.Range(1, ImportLayouts.MaxPieces)
            .Where(n => n == 1 || sheet.Cell(row, ImportLayouts.Title(n)).Length > 0)
            .Where(n => !Durations.ParseSeconds(sheet.Cell(row, ImportLayouts.Duration(n))).Succeeded)
            .Select(n => $"duration {n}"));
        problems.AddRange(sheet.Cell(row, "Birthdates").Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Where(d => !Dates.Parse(d).Succeeded).Select(_ => "birthdate"));
        return problems;
    }

    [Test]
    public async Task The_sample_syllabus_has_about_150_classes_that_all_read_and_cover_every_configured_discipline()
    {
        var sheet = await Sheet("syllabus.csv", ImportLayouts.Syllabus);
        var codes = sheet.Rows.Select(r => ClassCode.Parse(sheet.Cell(r, "Class"))).ToList();
        var rules = new SyllabusRules(ShippedSettings.Syllabus());

        Assert.That(sheet.Rows, Has.Count.InRange(140, 160));
        Assert.That(codes.All(c => c.Succeeded), Is.True);
        Assert.That(codes.Select(c => c.Value).Distinct().Count(), Is.EqualTo(codes.Count), "class codes are unique");
        Assert.That(sheet.Rows.Select(r => sheet.Cell(r, "Fee")).Where(f => f.Length > 0).All(f => Fees.Parse(f).Succeeded), Is.True);
        Assert.That(sheet.Rows.Select(r => sheet.Cell(r, "Type")).Where(t => t.Length > 0).All(t => SyllabusRules.ParseType(t).Succeeded), Is.True);
        Assert.That(codes.Select(c => rules.DisciplineOf(c.Value.Number)).Distinct().Count(), Is.EqualTo(12), "every configured discipline has classes");
        Assert.That(codes.All(c => rules.DisciplineOf(c.Value.Number) is not null), Is.True);
    }

    [Test]
    public async Task The_sample_entries_hold_600_rows_whose_only_unreadable_ones_are_the_planted_mistakes()
    {
        var syllabus = await Sheet("syllabus.csv", ImportLayouts.Syllabus);
        var classes = syllabus.Rows.Select(r => ClassCode.Parse(syllabus.Cell(r, "Class")).Value.ToString()).ToHashSet();
        var sheet = await Sheet("entries.csv", ImportLayouts.Entries);

        var bad = sheet.Rows.Where(r => Problems(sheet, r, classes).Count > 0).Select(r => r.Number).ToList();

        // Every 30th data row from the 18th carries a mistake; two of those twenty only carry HTML in Comments, which imports as typed.
        var planted = Enumerable.Range(0, 20).Where(i => i % 8 != 7).Select(i => (i * 30) + 17 + 2).ToList();
        Assert.That(sheet.Rows, Has.Count.EqualTo(600));
        Assert.That(sheet.UnknownColumns, Is.EqualTo(new[] { "Timestamp" }));
        Assert.That(bad, Is.EqualTo(planted));
        Assert.That(sheet.Rows.Count(r => sheet.Cell(r, "Comments").Contains("<script>", StringComparison.Ordinal)), Is.EqualTo(2));
    }

    [Test]
    public async Task The_sample_entries_spell_some_people_several_ways_for_near_match_warnings()
    {
        var sheet = await Sheet("entries.csv", ImportLayouts.Entries);
        var names = sheet.Rows.SelectMany(r => sheet.Cell(r, "Participants").Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            .Concat(sheet.Rows.Select(r => sheet.Cell(r, "Teacher")))
            .Distinct(StringComparer.Ordinal).ToList();

        var spellings = names.GroupBy(PersonNames.LooseKey).Where(g => g.Select(PersonNames.Key).Distinct().Count() > 1).ToList();
        var differences = spellings.SelectMany(g => g.Skip(1).Select(n => PersonNames.Compare(g.First(), n))).ToList();

        Assert.That(differences, Has.Some.Matches<NameDifference>(d => d.HasFlag(NameDifference.Order)));
        Assert.That(differences, Has.Some.Matches<NameDifference>(d => d.HasFlag(NameDifference.Accents)));
        Assert.That(differences, Has.Some.Matches<NameDifference>(d => d.HasFlag(NameDifference.Spacing)).Or.Some.Matches<NameDifference>(d => d == NameDifference.None));
    }

    [Test]
    public async Task A_generated_bench_file_of_5000_entries_reads_completely_and_cleanly()
    {
        using var text = new StringWriter();
        SampleFestival.WriteEntries(text, 5000, seed: 5000, problems: false);
        var classes = SampleFestival.Classes().Select(c => c.Code).ToHashSet();

        var table = (await ImportFiles.Read(Encoding.UTF8.GetBytes(text.ToString()), "entries-5000.csv")).Value;
        var sheet = ImportLayouts.Entries.Match(table).Value;

        Assert.That(sheet.Rows, Has.Count.EqualTo(5000));
        Assert.That(sheet.Rows.Where(r => Problems(sheet, r, classes).Count > 0).Select(r => r.Number), Is.Empty);
        Assert.That(sheet.Rows.SelectMany(r => sheet.Cell(r, "Participants").Split(';', StringSplitOptions.TrimEntries))
            .Where(n => n.Length > 0).Select(PersonNames.Key).Distinct().Count(), Is.InRange(2000, 3500));
    }

    [Test]
    public async Task A_generated_bench_syllabus_of_1000_classes_reads_cleanly_and_offers_every_age_many_solo_classes()
    {
        using var text = new StringWriter();
        SampleFestival.WriteSyllabus(text, SampleFestival.LargeClasses(1000));
        var rules = new SyllabusRules(ShippedSettings.Syllabus());

        var sheet = ImportLayouts.Syllabus.Match((await ImportFiles.Read(Encoding.UTF8.GetBytes(text.ToString()), "syllabus-1000.csv")).Value).Value;
        var codes = sheet.Rows.Select(r => ClassCode.Parse(sheet.Cell(r, "Class"))).ToList();
        var soloMaxAges = sheet.Rows.Where(r => rules.TypeOf(sheet.Cell(r, "Name")) == Domain.Syllabus.ClassType.Solo)
            .Select(r => sheet.Cell(r, "MaxAge")).ToList();

        Assert.That(sheet.Rows, Has.Count.EqualTo(1000));
        Assert.That(codes.All(c => c.Succeeded), Is.True);
        Assert.That(codes.Select(c => c.Value).Distinct().Count(), Is.EqualTo(1000), "class codes are unique");
        Assert.That(codes.All(c => rules.DisciplineOf(c.Value.Number) is not null), Is.True);
        Assert.That(sheet.Rows.Count(r => rules.TypeOf(sheet.Cell(r, "Name")) == Domain.Syllabus.ClassType.Duet), Is.EqualTo(120), "one style in eight is a duet: 10 of the 83 or 84 classes of each instrument");
        foreach (var age in new[] { 8, 17 })
        {
            Assert.That(soloMaxAges.Count(m => m.Length == 0 || int.Parse(m, System.Globalization.CultureInfo.InvariantCulture) >= age), Is.GreaterThan(400), $"solo classes a child of {age} fits");
        }

        Assert.That(() => SampleFestival.LargeClasses(1633), Throws.InstanceOf<ArgumentOutOfRangeException>());
    }
}
