using Festival.Application.Results.SeasonAwards;
using Festival.Application.Results.Sessions;
using Festival.Application.Results.Save;
using Festival.Domain.Results;
using Microsoft.EntityFrameworkCore;

namespace Festival.Infrastructure.Tests.Results;

/// <summary>A season's awards through the real mediator on a real SQLite file, with two awards and a band configured.</summary>
public sealed class AwardFlowTests
{
    private FestivalApp _app = null!;
    private SampleSeason _season = null!;

    [SetUp]
    public async Task SetUp()
    {
        _app = await FestivalApp.StartAsync(new Dictionary<string, string?>
        {
            ["Festival:Results:CertificateBand"] = "Gold",
            ["Festival:Results:Awards:0:Name"] = "Piano Rose Bowl",
            ["Festival:Results:Awards:0:Discipline"] = "Piano",
            ["Festival:Results:Awards:1:Name"] = "Baroque Cup",
            ["Festival:Results:Awards:1:Classes:0"] = "2105A",
        });
        _season = await SampleSeason.CreateAsync(_app);
    }

    [TearDown]
    public async Task TearDown() => await _app.DisposeAsync();

    private Task<int> EntryOf(string person) =>
        _app.Db(db => db.Entries.Where(e => e.ClassId == _season.Classes["2105A"] && e.ParticipantKey == $"p:{_season.People[person]}").Select(e => e.Id).SingleAsync());

    [Test]
    public async Task A_refused_first_change_writes_nothing_and_an_accepted_one_copies_the_configured_awards_in()
    {
        var refused = await _app.Send(new SaveAwardCommand("staff", null, null, "piano rose bowl", "Piano", null, [], false));

        Assert.That(refused.Errors.Single().Code, Is.EqualTo("award_name_taken"));
        Assert.That(await _app.Db(db => db.SeasonAwards.CountAsync()), Is.Zero, "the copy of the configured awards is rolled back with the refusal");
        Assert.That(await _app.Db(db => db.ResultRules.CountAsync()), Is.Zero);

        var added = await _app.Send(new SaveAwardCommand("staff", null, null, "Strings Shield", "Strings", null, [], false));
        var settings = await _app.Send(new GetResultSettingsQuery(_season.SeasonId));

        Assert.That(added.Succeeded, Is.True, added.ToString());
        Assert.That(await _app.Db(db => db.SeasonAwards.OrderBy(a => a.Id).Select(a => a.Name).ToListAsync()),
            Is.EqualTo(new[] { "Piano Rose Bowl", "Baroque Cup", "Strings Shield" }));
        Assert.That(settings.CertificateBand, Is.EqualTo("Gold"));
        Assert.That(settings.AwardRules.Select(a => a.Name), Is.EqualTo(new[] { "Piano Rose Bowl", "Baroque Cup", "Strings Shield" }));
    }

    [Test]
    public async Task A_decided_tie_is_kept_once_per_award_and_goes_with_its_award()
    {
        var anna = await EntryOf("Anna");
        var ben = await EntryOf("Ben");
        await _app.Send(new SaveEntryResultCommand("staff", anna, 1, "88", null, null, AsStaff: true));
        await _app.Send(new SaveEntryResultCommand("staff", ben, 1, "88", null, null, AsStaff: true));
        await _app.Db(async db =>
        {
            var published = new ClassResult(_season.Classes["2105A"], _season.SeasonId);
            published.Submit("judge", SampleSeason.At);
            published.Publish("staff", SampleSeason.At);
            db.ClassResults.Add(published);
            return await db.SaveChangesAsync();
        });

        var first = await _app.Send(new DecideAwardCommand("staff", null, "Baroque Cup", anna));
        var second = await _app.Send(new DecideAwardCommand("staff", null, "Baroque Cup", ben));
        var view = await _app.Send(new SeasonAwardsQuery());

        Assert.That(first.Succeeded && second.Succeeded, Is.True, $"{first} {second}");
        var kept = await _app.Db(db => db.AwardDecisions.SingleAsync());
        Assert.That((kept.Award, kept.EntryId, kept.Candidates), Is.EqualTo(("Baroque Cup", ben, $"{Math.Min(anna, ben)},{Math.Max(anna, ben)}")));
        Assert.That(view.Value.Outcomes.Single(o => o.Award == "Baroque Cup").Winner?.EntryId, Is.EqualTo(ben));
        Assert.That(view.Value.OwnAwards, Is.False, "deciding a tie does not change the season's awards");

        await _app.Send(new RemoveAwardCommand("staff", null, "Baroque Cup"));

        Assert.That(await _app.Db(db => db.AwardDecisions.CountAsync()), Is.Zero);
        Assert.That(await _app.Db(db => db.SeasonAwards.Select(a => a.Name).ToListAsync()), Is.EqualTo(new[] { "Piano Rose Bowl" }));
    }
}
