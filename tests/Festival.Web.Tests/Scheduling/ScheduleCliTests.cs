using Microsoft.EntityFrameworkCore;
using System.Text.Json;
using Festival.Testing.Scheduling;
using Festival.Web.Cli;

namespace Festival.Web.Tests.Scheduling;

/// <summary><c>schedule generate|check|export</c> on the sample season and its sessions, on a real database.</summary>
public sealed class ScheduleCliTests
{
    private FestivalApp _app = null!;
    private SampleSeason _season = null!;

    [SetUp]
    public async Task SetUp()
    {
        _app = await FestivalApp.StartAsync();
        _season = await SampleSeason.CreateAsync(_app);
        await SampleSchedule.CreateAsync(_app.Services, _season);
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
    public async Task A_dry_run_prints_the_quality_and_writes_nothing_then_generate_writes_and_check_finds_no_blocking_conflict()
    {
        var dry = await Run("schedule", "generate", "--dry-run");
        var exportBefore = await Run("schedule", "export", "--format", "json");
        var generated = await Run("schedule", "generate", "--season", SampleSeason.Name);
        var check = await Run("schedule", "check");

        Assert.That(dry.ExitCode, Is.Zero, dry.Error);
        Assert.That(dry.Out, Does.Contain("Preview (nothing written)").And.Contain("hard violations: 0").And.Contain("unplaced: 0").And.Contain("(lower bound 1)"));
        Assert.That(JsonDocument.Parse(exportBefore.Out).RootElement.GetProperty("sessions").EnumerateArray().SelectMany(s => s.GetProperty("classes").EnumerateArray()), Is.Empty);
        Assert.That(generated.ExitCode, Is.Zero, generated.Error);
        Assert.That(generated.Out, Does.StartWith("Scheduled: season 2027, 4 class part(s) placed"));
        Assert.That(check.ExitCode, Is.Zero, check.Out);
        Assert.That(check.Out, Does.Contain("4 class part(s) scheduled; 0 blocking"));
    }

    [Test]
    public async Task Check_exits_1_when_a_conflict_is_blocking()
    {
        await Run("schedule", "generate");
        var rows = await _app.Db(db => db.ScheduledClasses.ToListAsync());
        var piano = rows.Single(r => r.ClassId == _season.Classes["2105A"]);
        rows.Single(r => r.ClassId == _season.Classes["2200"]).MoveTo(piano.SessionId, piano.Start);
        await _app.Db(db =>
        {
            db.ScheduledClasses.UpdateRange(rows);
            return db.SaveChangesAsync();
        });

        var (code, output, _) = await Run("schedule", "check");

        Assert.That(code, Is.EqualTo(1));
        Assert.That(output, Does.Contain("blocking\tClassesOverlap").And.Contain("Anna Smith"));
    }

    [Test]
    public async Task Export_lists_sessions_with_classes_and_entries_in_order_as_JSON_and_one_row_per_entry_as_CSV()
    {
        await Run("schedule", "generate");

        var json = await Run("schedule", "export", "--format", "json");
        var csv = await Run("schedule", "export", "--format", "csv");

        Assert.That(json.ExitCode, Is.Zero, json.Error);
        var classes = JsonDocument.Parse(json.Out).RootElement.GetProperty("sessions").EnumerateArray()
            .SelectMany(s => s.GetProperty("classes").EnumerateArray().Select(c => (Session: s, Class: c))).ToList();
        Assert.That(classes.Select(c => c.Class.GetProperty("code").GetString()), Is.EquivalentTo(new[] { "1010", "1500", "2105A", "2200" }));
        var duet = classes.Single(c => c.Class.GetProperty("code").GetString() == "2200");
        var entry = duet.Class.GetProperty("entries").EnumerateArray().Single();
        Assert.That(entry.GetProperty("performers").EnumerateArray().Select(p => p.GetProperty("name").GetString()), Is.EqualTo(new[] { "Anna Smith", "Cara <b>Lee</b>" }));
        Assert.That(entry.GetProperty("accompanist").GetProperty("name").GetString(), Is.EqualTo("Alex Accompanist"));
        Assert.That(duet.Session.GetProperty("adjudicator").GetProperty("name").GetString(), Is.EqualTo("Paula Piano"));
        Assert.That(csv.Out, Does.StartWith("Date,Venue,Room,Session,Adjudicator,Class,"));
        Assert.That(csv.Out.Split("\r\n", StringSplitOptions.RemoveEmptyEntries), Has.Length.EqualTo(1 + 5), "a header and one row per entry");
    }

    [Test]
    public async Task Unknown_schedule_words_and_seasons_exit_1()
    {
        var word = await Run("schedule", "shuffle");
        var format = await Run("schedule", "export", "--format", "pdf");
        var season = await Run("schedule", "generate", "--season", "1999");

        Assert.That((word.ExitCode, format.ExitCode, season.ExitCode), Is.EqualTo((1, 1, 1)));
        Assert.That(season.Error, Does.Contain("There is no season named '1999'."));
    }

    [Test]
    public async Task Export_as_pdf_writes_the_programme_as_stored_to_the_file_and_needs_a_file()
    {
        await Run("schedule", "generate");
        var file = Path.Combine(Path.GetTempPath(), $"programme-{Guid.NewGuid():N}.pdf");
        try
        {
            var written = await Run("schedule", "export", "--format", "pdf", "--out", file);
            var noFile = await Run("schedule", "export", "--format", "pdf");

            Assert.That(written.ExitCode, Is.Zero, written.Error);
            using (var document = UglyToad.PdfPig.PdfDocument.Open(await File.ReadAllBytesAsync(file)))
            {
                var text = string.Join("\n", document.GetPages().Select(p => p.Text));
                Assert.That(text, Does.Contain("draft (not published)").And.Contain("Saturday 6 March 2027").And.Contain("2105A").And.Contain("Anna Smith"));
            }

            Assert.That((noFile.ExitCode, noFile.Out), Is.EqualTo((1, string.Empty)));
            Assert.That(noFile.Error, Does.Contain("--out"));
        }
        finally
        {
            File.Delete(file);
        }
    }
}
