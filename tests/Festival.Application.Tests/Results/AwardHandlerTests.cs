using Festival.Application.Results;
using Festival.Application.Results.Rules;
using Festival.Application.Results.SeasonAwards;
using Festival.Application.Seasons;
using Festival.Domain.Results;
using Festival.Domain.Seasons;
using Microsoft.Extensions.Options;

namespace Festival.Application.Tests.Results;

/// <summary>A season's own certificate band and awards, the configured ones as its default, and staff deciding ties.</summary>
public sealed class AwardHandlerTests
{
    private const int SeasonId = ResultHandlerFixture.SeasonId;
    private readonly ResultHandlerFixture _f = new();
    private readonly ISeasons _seasons = Substitute.For<ISeasons>();
    private readonly List<SeasonAward> _awards = [];
    private readonly List<AwardDecision> _decisions = [];
    private ResultRules? _rules;

    private readonly IOptions<ResultsOptions> _options = Options.Create(new ResultsOptions
    {
        CertificateBand = "Gold",
        Awards = [new AwardOptions { Name = "Piano Rose Bowl", Discipline = "Piano" }, new AwardOptions { Name = "Baroque Cup", Classes = ["2105A"] }],
    });

    public AwardHandlerTests()
    {
        var season = new Season("2027", "Riverside Festival", new DateOnly(2027, 1, 1), Fakes.Now);
        typeof(Season).GetProperty(nameof(Season.Id))!.SetValue(season, SeasonId);
        _seasons.CurrentAsync(Arg.Any<CancellationToken>()).Returns(season);
        _f.Results.FindRulesAsync(SeasonId, Arg.Any<CancellationToken>()).Returns(_ => _rules);
        _f.Results.When(r => r.Add(Arg.Any<ResultRules>())).Do(call => _rules = call.Arg<ResultRules>());
        _f.Results.AwardsAsync(SeasonId, Arg.Any<CancellationToken>()).Returns(_ => _awards.ToList());
        _f.Results.When(r => r.Add(Arg.Any<SeasonAward>())).Do(call => _awards.Add(call.Arg<SeasonAward>()));
        _f.Results.When(r => r.Remove(Arg.Any<SeasonAward>())).Do(call => _awards.Remove(call.Arg<SeasonAward>()));
        _f.Results.AwardDecisionsAsync(SeasonId, Arg.Any<CancellationToken>()).Returns(_ => _decisions.ToList());
        _f.Results.When(r => r.Add(Arg.Any<AwardDecision>())).Do(call => _decisions.Add(call.Arg<AwardDecision>()));
        _f.Results.When(r => r.Remove(Arg.Any<AwardDecision>())).Do(call => _decisions.Remove(call.Arg<AwardDecision>()));
        // Published: 11 and 12 tie on 88 in 2105A (Piano), 13 has 80.
        _f.Results.LinesAsync(SeasonId, Arg.Any<IReadOnlyCollection<int>?>(), Arg.Any<CancellationToken>()).Returns(_ => Lines);
    }

    private List<ResultLine> Lines { get; set; } = [Line(11, 88), Line(12, 88), Line(13, 80)];

    private static ResultLine Line(int entryId, int mark, bool published = true) =>
        new(entryId, ResultHandlerFixture.ClassId, "2105A", "Piano Solo", "Piano", "Grade 5", [entryId], [$"Person {entryId}"], [], null, null, null, null,
            mark.ToString(System.Globalization.CultureInfo.InvariantCulture), mark, null, null, null, Appearance.Performed, published);

    private Task<Result<AwardSavedNotification>> Save(string name, string? discipline = null, string[]? classes = null, string? original = null) =>
        new SaveAwardHandler(_seasons, _f.Results, _options, _f.Mediator, _f.Clock)
            .Handle(new SaveAwardCommand("staff-1", null, original, name, discipline, null, classes ?? [], FirstPlaceOnly: false), CancellationToken.None);

    private Task<Result<AwardDecidedNotification>> Decide(string award, int entryId) =>
        new DecideAwardHandler(_seasons, _f.Results, _options, _f.Mediator, _f.Clock)
            .Handle(new DecideAwardCommand("staff-1", null, award, entryId), CancellationToken.None);

    [Test]
    public async Task A_season_without_its_own_rules_has_the_configured_band_and_awards()
    {
        var settings = await _f.Results.SettingsAsync(_options, SeasonId, CancellationToken.None);

        Assert.That(settings.CertificateBand, Is.EqualTo("Gold"));
        Assert.That(settings.AwardRules.Select(a => a.Name), Is.EqualTo(new[] { "Piano Rose Bowl", "Baroque Cup" }));
    }

    [Test]
    public async Task Setting_the_rules_keeps_a_band_of_the_scale_and_refuses_another_with_the_scales_bands()
    {
        var handler = new SetResultRulesHandler(_seasons, _f.Results, _f.Mediator, _f.Clock);

        var refused = await handler.Handle(new SetResultRulesCommand("staff-1", null, "60-100, Gold 90+, Silver 80+", 1, [], false, "Platinum"), CancellationToken.None);
        var set = await handler.Handle(new SetResultRulesCommand("staff-1", null, "I, II, III", 1, [], false, "ii"), CancellationToken.None);
        var settings = await _f.Results.SettingsAsync(_options, SeasonId, CancellationToken.None);

        Assert.That(refused.Errors.Single().Field, Is.EqualTo("CertificateBand"));
        Assert.That(refused.Errors.Single().Message, Does.Contain("give one of Gold, Silver"));
        Assert.That(set.Value.CertificateBand, Is.EqualTo("ii"));
        Assert.That(settings.CertificateBand, Is.EqualTo("ii"), "the season's own band, no longer the configured Gold");
        Assert.That(settings.AwardRules, Has.Count.EqualTo(2), "the awards stay the configured ones until staff change them");
    }

    [Test]
    public async Task The_first_award_added_copies_the_configured_awards_into_the_season_and_is_announced()
    {
        var added = await Save("Strings Shield", discipline: "Strings");

        Assert.That(added.Succeeded, Is.True, added.ToString());
        Assert.That(_awards.Select(a => a.Name), Is.EqualTo(new[] { "Piano Rose Bowl", "Baroque Cup", "Strings Shield" }));
        Assert.That(_rules!.OwnAwards, Is.True);
        Assert.That(_rules.CertificateBand, Is.EqualTo("Gold"), "the season's rules start from the configured ones");
        Assert.That(_f.Mediator.Published().Single(), Is.SameAs(added.Value));
        Assert.That(added.Value.OriginalName, Is.Null);
    }

    [Test]
    public async Task An_award_covering_nothing_or_named_as_another_is_refused_with_the_reason()
    {
        var nothing = await Save("Mystery");
        var taken = await Save("piano rose bowl", discipline: "Piano");
        var missing = await Save("Renamed", discipline: "Piano", original: "No Such Award");

        Assert.That(nothing.Errors.Single().Message, Is.EqualTo("Award 'Mystery' covers nothing: give a discipline (and a level) or a set of classes."));
        Assert.That(taken.Errors.Single().Code, Is.EqualTo("award_name_taken"));
        Assert.That(missing.Errors.Single().Code, Is.EqualTo("award_not_found"));
        Assert.That(_f.Mediator.Published(), Is.Empty);
    }

    [Test]
    public async Task Changing_an_award_renames_its_decision_and_removing_it_drops_the_decision()
    {
        Assert.That((await Decide("Baroque Cup", 12)).Succeeded, Is.True);

        var changed = await Save("Baroque Trophy", classes: ["2105A", "2200"], original: "baroque cup");

        Assert.That(changed.Value.OriginalName, Is.EqualTo("baroque cup"));
        Assert.That(_awards.Single(a => a.Name == "Baroque Trophy").ToRule().ClassCodes, Is.EqualTo(new[] { "2105A", "2200" }));
        Assert.That(_decisions.Single().Award, Is.EqualTo("Baroque Trophy"));

        var removed = await new RemoveAwardHandler(_seasons, _f.Results, _options, _f.Mediator, _f.Clock)
            .Handle(new RemoveAwardCommand("staff-1", null, "Baroque Trophy"), CancellationToken.None);
        var unknown = await new RemoveAwardHandler(_seasons, _f.Results, _options, _f.Mediator, _f.Clock)
            .Handle(new RemoveAwardCommand("staff-1", null, "Baroque Trophy"), CancellationToken.None);

        Assert.That(removed.Value.Name, Is.EqualTo("Baroque Trophy"));
        Assert.That(_awards.Select(a => a.Name), Is.EqualTo(new[] { "Piano Rose Bowl" }));
        Assert.That(_decisions, Is.Empty);
        Assert.That(unknown.Errors.Single().Code, Is.EqualTo("award_not_found"));
    }

    [Test]
    public async Task Staff_decide_a_tie_for_one_of_the_tied_entries_and_can_change_their_mind()
    {
        var decided = await Decide("piano rose bowl", 12);
        var again = await Decide("Piano Rose Bowl", 11);

        Assert.That(decided.Value.Award, Is.EqualTo("Piano Rose Bowl"));
        Assert.That(decided.Value.TiedEntryIds, Is.EqualTo(new[] { 11, 12 }));
        Assert.That(decided.Value.Performers, Is.EqualTo("Person 12"));
        Assert.That(again.Succeeded, Is.True);
        Assert.That(_decisions.Single().EntryId, Is.EqualTo(11), "deciding again replaces the decision");
        Assert.That(_f.Mediator.Published(), Is.EqualTo(new object[] { decided.Value, again.Value }));

        var report = await _f.Results.AwardOutcomesAsync(await _f.Results.SettingsAsync(_options, SeasonId, CancellationToken.None), SeasonId, Lines, CancellationToken.None);
        Assert.That(report[0].Winner?.EntryId, Is.EqualTo(11));
        Assert.That(report[0].Decided, Is.Not.Null);
    }

    [Test]
    public async Task Deciding_is_refused_for_an_entry_not_among_the_tied_an_award_not_tied_and_an_unknown_award()
    {
        var notTied = await Decide("Piano Rose Bowl", 13);
        Lines = [Line(11, 90), Line(12, 88), Line(13, 80)];
        var noTie = await Decide("Piano Rose Bowl", 11);
        var unknown = await Decide("Violin Vase", 11);

        Assert.That(notTied.Errors.Single().Code, Is.EqualTo("not_a_tied_winner"));
        Assert.That(noTie.Errors.Single().Code, Is.EqualTo("award_not_tied"));
        Assert.That(unknown.Errors.Single().Code, Is.EqualTo("award_not_found"));
        Assert.That(_decisions, Is.Empty);
        Assert.That(_f.Mediator.Published(), Is.Empty);
    }

    [Test]
    public async Task A_decision_stops_applying_when_results_change_the_tie()
    {
        await Decide("Piano Rose Bowl", 12);
        Lines = [Line(11, 88), Line(12, 88), Line(13, 88)];

        var outcome = (await new SeasonAwardsHandler(_seasons, _f.Results, _options).Handle(new SeasonAwardsQuery(), CancellationToken.None)).Value.Outcomes[0];

        Assert.That(outcome.Winners, Has.Count.EqualTo(3));
        Assert.That(outcome.Winner, Is.Null);
        Assert.That(outcome.DecisionLapsed, Is.True);
    }
}
