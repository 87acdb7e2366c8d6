using Festival.Application.Accounts.Register;
using Festival.Application.Results.Phrases;
using Festival.Application.Results.Save;
using Festival.Domain.Results;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Festival.Infrastructure.Tests.Results;

/// <summary>Results through the real mediator on a real SQLite file: versioned saves under concurrency, phrases per account.</summary>
public sealed class ResultFlowTests
{
    private FestivalApp _app = null!;
    private SampleSeason _season = null!;
    private int _anna;

    [SetUp]
    public async Task SetUp()
    {
        _app = await FestivalApp.StartAsync();
        _season = await SampleSeason.CreateAsync(_app);
        _anna = await _app.Db(db => db.Entries.Where(e => e.ClassId == _season.Classes["2105A"] && e.ParticipantKey == $"p:{_season.People["Anna"]}")
            .Select(e => e.Id).SingleAsync());
    }

    [TearDown]
    public async Task TearDown() => await _app.DisposeAsync();

    private Task<Festival.Application.Common.Result<EntryResultSaved>> Save(long version, string comments, string user = "staff-1") =>
        _app.Send(new SaveEntryResultCommand(user, _anna, version, "85", comments, null, AsStaff: true));

    [Test]
    public async Task The_same_first_save_sent_twice_at_once_is_stored_once()
    {
        var answers = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Save(1, "Clear tone")));

        Assert.That(answers.All(a => a.Succeeded), Is.True, string.Join("; ", answers.Select(a => a.ToString())));
        Assert.That(answers.Count(a => a.Value.Outcome == SaveOutcome.Applied), Is.EqualTo(1));
        Assert.That(answers.Count(a => a.Value.Outcome == SaveOutcome.Duplicate), Is.EqualTo(5));
        Assert.That(await _app.Db(db => db.EntryResults.CountAsync(r => r.EntryId == _anna)), Is.EqualTo(1));
    }

    [Test]
    public async Task Saves_arriving_in_any_order_end_with_the_highest_version()
    {
        var versions = Enumerable.Range(1, 20).OrderBy(v => (v * 7919) % 20).ToList();

        foreach (var version in versions)
        {
            await Save(version, $"text {version}");
        }

        var kept = await _app.Db(db => db.EntryResults.SingleAsync(r => r.EntryId == _anna));
        Assert.That((kept.Version, kept.Comments), Is.EqualTo((20L, "text 20")));
    }

    [Test]
    public async Task Phrases_belong_to_their_account()
    {
        var jo = await _app.Send(new RegisterUserCommand("jo.phrases@example.org", "Festival-2026", null));
        var max = await _app.Send(new RegisterUserCommand("max.phrases@example.org", "Festival-2026", null));

        var kept = await _app.Send(new AddPhraseCommand(jo.Value, "  Lovely sense of line  "));
        var again = await _app.Send(new AddPhraseCommand(jo.Value, "Lovely sense of line"));
        var notMax = await _app.Send(new RemovePhraseCommand(max.Value, kept.Value.Id));

        Assert.That(kept.Value.Text, Is.EqualTo("Lovely sense of line"));
        Assert.That(again.Value.Id, Is.EqualTo(kept.Value.Id), "the same phrase is kept once");
        Assert.That(notMax.Errors.Single().Code, Is.EqualTo("phrase_not_found"));
        Assert.That(await _app.Send(new ListPhrasesQuery(max.Value)), Is.Empty);
        Assert.That((await _app.Send(new ListPhrasesQuery(jo.Value))).Select(p => p.Text), Is.EqualTo(new[] { "Lovely sense of line" }));
        Assert.That((await _app.Send(new AddPhraseCommand(jo.Value, " "))).Errors.Single().Code, Is.EqualTo("phrase_invalid"));
    }

    [Test]
    public async Task Lines_of_some_entries_hold_only_those_entries_of_the_season()
    {
        var ben = await _app.Db(db => db.Entries.Where(e => e.ClassId == _season.Classes["2105A"] && e.ParticipantKey == $"p:{_season.People["Ben"]}")
            .Select(e => e.Id).SingleAsync());
        var lastSeason = await _app.Db(db => db.Entries.Where(e => e.ClassId == _season.Classes["old"]).Select(e => e.Id).SingleAsync());
        await Save(1, "Clear tone");
        await using var scope = _app.Services.CreateAsyncScope();
        var results = scope.ServiceProvider.GetRequiredService<Festival.Application.Results.IResults>();

        var lines = await results.EntryLinesAsync(_season.SeasonId, [_anna, lastSeason], CancellationToken.None);

        Assert.That(lines.Select(l => (l.EntryId, l.ClassCode, l.PerformerNames, l.Comments)), Is.EqualTo(new[] { (_anna, "2105A", "Anna Smith", (string?)"Clear tone") }));
        Assert.That(lines.Single().Pieces.Select(p => p.Title), Is.EqualTo(new[] { "Sonata in C", "Prelude in C" }));
        Assert.That((await results.EntryLinesAsync(_season.SeasonId, [ben], CancellationToken.None)).Select(l => l.EntryId), Is.EqualTo(new[] { ben }));
    }
}
