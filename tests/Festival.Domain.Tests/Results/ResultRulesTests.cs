using Festival.Domain.Results;

namespace Festival.Domain.Tests.Results;

public sealed class ResultRulesTests
{
    [Test]
    public void A_season_keeps_its_scale_as_text_and_its_recommendations_one_a_line_without_repeats()
    {
        var rules = new ResultRules(1, MarkScale.Parse("I, II, III").Value!, 3, ["Provincials", " provincials ", "", "Gala Concert"], publicMarks: false, " II ", DateTimeOffset.UnixEpoch);

        Assert.That(rules.ScaleSpec, Is.EqualTo("I, II, III"));
        Assert.That(rules.Scale.Descriptors, Is.EqualTo(new[] { "I", "II", "III" }));
        Assert.That(rules.RecommendationList, Is.EqualTo(new[] { "Provincials", "Gala Concert" }));
        Assert.That(rules.CertificateBand, Is.EqualTo("II"));
        Assert.That(rules.OwnAwards, Is.False, "the configured awards apply until staff change the season's");
    }

    [Test]
    public void A_certificate_band_must_be_a_band_of_a_numeric_scale_or_a_descriptor_of_a_descriptive_one()
    {
        var numeric = MarkScale.Parse("60-100, Gold 90+, Silver 80+").Value!;
        var descriptive = MarkScale.Parse("I, II, III").Value!;

        Assert.That(numeric.CertificateBandProblem("silver"), Is.Null);
        Assert.That(numeric.CertificateBandProblem(" "), Is.Null, "blank: placed entries only");
        Assert.That(numeric.CertificateBandProblem("Platinum"), Is.EqualTo("'Platinum' is not a band of the scale 60-100, Gold 90+, Silver 80+: give one of Gold, Silver, or leave it blank."));
        Assert.That(descriptive.CertificateBandProblem("ii"), Is.Null);
        Assert.That(descriptive.CertificateBandProblem("IV"), Does.Contain("give one of I, II, III"));
        Assert.That(MarkScale.Parse("0-10").Value!.CertificateBandProblem("Gold"), Does.Contain("none (this scale has no bands)"));
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
