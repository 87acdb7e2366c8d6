using Festival.Domain.Results;

namespace Festival.Domain.Tests.Results;

public sealed class ResultRulesTests
{
    [Test]
    public void A_season_keeps_its_scale_as_text_and_its_recommendations_one_a_line_without_repeats()
    {
        var rules = new ResultRules(1, MarkScale.Parse("I, II, III").Value!, 3, ["Provincials", " provincials ", "", "Gala Concert"], publicMarks: false, DateTimeOffset.UnixEpoch);

        Assert.That(rules.ScaleSpec, Is.EqualTo("I, II, III"));
        Assert.That(rules.Scale.Descriptors, Is.EqualTo(new[] { "I", "II", "III" }));
        Assert.That(rules.RecommendationList, Is.EqualTo(new[] { "Provincials", "Gala Concert" }));
    }

    [Test]
    public void A_recommendation_must_be_one_of_the_seasons_when_it_lists_some()
    {
        string[] allowed = ["Provincials", "Gala Concert"];

        Assert.That(ResultRules.RecommendationProblem("gala concert", allowed), Is.Null);
        Assert.That(ResultRules.RecommendationProblem(" ", allowed), Is.Null);
        Assert.That(ResultRules.RecommendationProblem("Nationals", allowed), Is.EqualTo("'Nationals' is not a recommendation this festival makes: choose one of Provincials, Gala Concert."));
        Assert.That(ResultRules.RecommendationProblem("Anything at all", []), Is.Null);
        Assert.That(ResultRules.RecommendationProblem(new string('x', 201), []), Does.StartWith("A recommendation is at most 200"));
    }
}
