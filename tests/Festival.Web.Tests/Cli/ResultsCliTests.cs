using System.Text.Json;
using Festival.Application.Results.Save;
using Festival.Application.Results.SeasonAwards;
using Festival.Domain.Results;
using Festival.Web.Cli;
using Microsoft.EntityFrameworkCore;

namespace Festival.Web.Tests.Cli;

/// <summary><c>results export</c> and <c>results publish</c> on the sample season, with their exit codes.</summary>
public sealed class ResultsCliTests
{
    private FestivalApp _app = null!;
    private SampleSeason _season = null!;

    [SetUp]
    public async Task SetUp()
    {
        _app = await FestivalApp.StartAsync();
        _season = await SampleSeason.CreateAsync(_app);
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

    private Task<int> AnnaAsync() =>
        _app.Db(db => db.Entries.Where(e => e.ClassId == _season.Classes["2105A"] && e.ParticipantKey == $"p:{_season.People["Anna"]}").Select(e => e.Id).SingleAsync());

    [Test]
    public async Task Export_writes_every_entry_of_the_season_as_CSV_or_JSON_with_marks_and_comments()
    {
        var anna = await AnnaAsync();
        var saved = await _app.Send(new SaveEntryResultCommand("cli", anna, 1, "87", "=SUM(A1) \"quoted\"", null, AsStaff: true));
        Assert.That(saved.Succeeded, Is.True, saved.ToString());

        var csv = await Run("results", "export", "--format", "csv");
        var json = await Run("results", "export", "--format", "json", "--season", "2027");

        Assert.That(csv.ExitCode, Is.Zero, csv.Error);
        Assert.That(csv.Out, Does.StartWith("Entry,Class,Class name,Discipline,Level,Performers,Teacher,School,Appearance,Mark,Placement,Recommendation,Comments,Published,Awards\r\n"));
        Assert.That(csv.Out, Does.Contain(",87,,,").And.Contain("\"'=SUM(A1) \"\"quoted\"\"\""), "a formula is written as text");
        Assert.That(json.ExitCode, Is.Zero, json.Error);
        var lines = JsonDocument.Parse(json.Out).RootElement.EnumerateArray().ToList();
        Assert.That(lines, Has.Count.EqualTo(5));
        Assert.That(lines.Single(l => l.GetProperty("entryId").GetInt32() == anna).GetProperty("mark").GetString(), Is.EqualTo("87"));
    }

    [Test]
    public async Task Export_names_each_entrys_awards_and_marks_a_tie_decided_by_staff()
    {
        var anna = await AnnaAsync();
        var ben = await _app.Db(db => db.Entries.Where(e => e.ClassId == _season.Classes["2105A"] && e.ParticipantKey == $"p:{_season.People["Ben"]}").Select(e => e.Id).SingleAsync());
        Assert.That((await _app.Send(new SaveEntryResultCommand("cli", anna, 1, "88", null, null, AsStaff: true))).Succeeded, Is.True);
        Assert.That((await _app.Send(new SaveEntryResultCommand("cli", ben, 1, "88", null, null, AsStaff: true))).Succeeded, Is.True);
        await _app.Db(async db =>
        {
            var published = new ClassResult(_season.Classes["2105A"], _season.SeasonId);
            published.Submit("judge", SampleSeason.At);
            published.Publish("staff", SampleSeason.At);
            db.ClassResults.Add(published);
            return await db.SaveChangesAsync();
        });
        Assert.That((await _app.Send(new SaveAwardCommand("staff", null, null, "Grade 5 Award", "Piano", "Grade 5", [], false))).Succeeded, Is.True);
        Assert.That((await _app.Send(new SaveAwardCommand("staff", null, null, "Baroque Cup", null, null, ["2105A"], false))).Succeeded, Is.True);
        var decided = await _app.Send(new DecideAwardCommand("staff", null, "Grade 5 Award", ben));
        Assert.That(decided.Succeeded, Is.True, decided.ToString());

        var csv = await Run("results", "export", "--format", "csv");
        var json = await Run("results", "export", "--format", "json");

        Assert.That(csv.Out, Does.Contain($"{ben},2105A,").And.Contain(",TRUE,\"Grade 5 Award (decided by staff); Baroque Cup (tied, undecided)\"\r\n"));
        var lines = JsonDocument.Parse(json.Out).RootElement.EnumerateArray().ToList();
        Assert.That(lines.Single(l => l.GetProperty("entryId").GetInt32() == anna).GetProperty("awards").EnumerateArray().Select(a => a.GetString()),
            Is.EqualTo(new[] { "Baroque Cup (tied, undecided)" }));
    }

    [Test]
    public async Task Export_of_an_unknown_season_and_a_missing_format_are_refused_with_exit_code_1()
    {
        var unknown = await Run("results", "export", "--format", "csv", "--season", "1999");
        var noFormat = await Run("results", "export");

        Assert.That(unknown.ExitCode, Is.EqualTo(1));
        Assert.That(unknown.Error, Does.Contain("1999"));
        Assert.That(noFormat.ExitCode, Is.Not.Zero);
    }

    [Test]
    public async Task Publish_refuses_when_nothing_is_submitted_and_publishes_what_is()
    {
        var nothing = await Run("results", "publish");
        await _app.Db(async db =>
        {
            var submitted = new ClassResult(_season.Classes["2105A"], _season.SeasonId);
            submitted.Submit("judge", SampleSeason.At);
            db.ClassResults.Add(submitted);
            return await db.SaveChangesAsync();
        });
        var published = await Run("results", "publish");

        Assert.That(nothing.ExitCode, Is.EqualTo(1));
        Assert.That(nothing.Error, Does.Contain("no submitted results waiting"));
        Assert.That(published.ExitCode, Is.Zero, published.Error);
        Assert.That(published.Out, Does.Contain("Published the results of 1 class(es) of season 2027."));
    }
}
