using System.Text.Json;
using Festival.Web.Cli;

namespace Festival.Web.Tests.Cli;

/// <summary><c>report classes|people|repertoire</c> against a real database holding the hand-computed <see cref="SampleSeason"/>.</summary>
public sealed class ReportCliTests
{
    private FestivalApp _app = null!;

    [SetUp]
    public async Task SetUp()
    {
        _app = await FestivalApp.StartAsync();
        await SampleSeason.CreateAsync(_app);
    }

    [TearDown]
    public async Task TearDown() => await _app.DisposeAsync();

    private async Task<(int ExitCode, string Out, string Error)> Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await new FestivalCli(_app.Services, new CliConsole(new StringReader(string.Empty), output, error, inputIsTerminal: false)).RunAsync(args);
        return (code, output.ToString(), error.ToString());
    }

    [Test]
    public async Task Report_classes_as_JSON_is_an_array_of_every_class_with_its_hand_computed_totals()
    {
        var (code, output, error) = await Run("report", "classes", "--format", "json");

        Assert.That(code, Is.Zero, error);
        var classes = JsonDocument.Parse(output).RootElement.EnumerateArray().ToList();
        Assert.That(classes.Select(c => c.GetProperty("class").GetString()), Is.EqualTo(new[] { "1010", "1500", "2105A", "2200", "3001" }));
        var piano = classes[2];
        Assert.That((piano.GetProperty("name").GetString(), piano.GetProperty("discipline").GetString(), piano.GetProperty("level").GetString(), piano.GetProperty("type").GetString()),
            Is.EqualTo(("Piano Solo, Grade 5, Baroque", "Piano", "Grade 5", "Solo")));
        Assert.That((piano.GetProperty("entries").GetInt32(), piano.GetProperty("fee").GetDecimal(), piano.GetProperty("totalFees").GetDecimal(), piano.GetProperty("totalSeconds").GetInt64()),
            Is.EqualTo((2, 25m, 47.50m, 1090L)));
    }

    [Test]
    public async Task Report_people_as_CSV_goes_to_standard_output_and_a_past_season_can_be_named()
    {
        var teachers = await Run("report", "people", "--kind", "teachers", "--format", "csv");
        var old = await Run("report", "classes", "--season", "2026", "--format", "csv");

        Assert.That(teachers.ExitCode, Is.Zero, teachers.Error);
        Assert.That(teachers.Out, Does.StartWith("Id,Name,Email,Roles,Entries,Fees\r\n").And.Contain(",Tess Teacher,,Teacher,3,97.5\r\n"));
        Assert.That(old.Out.Split("\r\n", StringSplitOptions.RemoveEmptyEntries), Has.Length.EqualTo(2));
        Assert.That(old.Out, Does.Contain("2105A,").And.Contain(",99,"));
    }

    [Test]
    public async Task Report_repertoire_as_XLSX_is_written_to_the_file_given_and_needs_one()
    {
        var file = Path.Combine(Path.GetTempPath(), $"festival-repertoire-{Guid.NewGuid():N}.xlsx");
        try
        {
            var written = await Run("report", "repertoire", "--format", "xlsx", "--out", file);
            var withoutFile = await Run("report", "repertoire", "--format", "xlsx");

            Assert.That(written.ExitCode, Is.Zero, written.Error);
            Assert.That(written.Error, Does.Contain("Wrote 5 row(s)"));
            Assert.That(File.ReadAllBytes(file).Take(2), Is.EqualTo("PK"u8.ToArray()));
            Assert.That((withoutFile.ExitCode, withoutFile.Error), Is.EqualTo((1, "error: an XLSX workbook is binary: give --out FILE." + Environment.NewLine)));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Test]
    public async Task An_unknown_season_is_refused_with_exit_code_1()
    {
        var (code, output, error) = await Run("report", "classes", "--season", "1999", "--format", "json");

        Assert.That((code, output), Is.EqualTo((1, string.Empty)));
        Assert.That(error, Does.Contain("There is no season named '1999'."));
    }
}
