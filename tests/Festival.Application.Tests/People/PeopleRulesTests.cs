using Festival.Domain.People;
using Festival.Domain.Seasons;
using Festival.Domain.Syllabus;

namespace Festival.Application.Tests.People;

public sealed class PeopleRulesTests
{
    [TestCase("  Anna   Smith ", "anna smith")]
    [TestCase("ANNA SMITH", "anna smith")]
    [TestCase("Jo\u0308rg Mu\u0308ller", "j\u00f6rg m\u00fcller")]
    [TestCase("Stra\u00dfe", "strasse")]
    [TestCase("", "")]
    public void Name_keys_trim_collapse_spaces_compose_and_fold_case(string name, string key) =>
        Assert.That(PersonNames.Key(name), Is.EqualTo(key));

    [Test]
    public void Names_differing_in_accents_or_order_do_not_share_a_key_so_they_are_only_ever_a_warning()
    {
        Assert.That(PersonNames.Key("Zoe Martin"), Is.Not.EqualTo(PersonNames.Key("Zoë Martin")));
        Assert.That(PersonNames.Key("Martin, Zoe"), Is.Not.EqualTo(PersonNames.Key("Zoe Martin")));
    }

    [TestCase("p-7k3q9", "P-7K3Q9")]
    [TestCase(" 7K3Q9 ", "P-7K3Q9")]
    [TestCase("P-7K3Q0", null)]
    [TestCase("P-7K3Q", null)]
    [TestCase(null, null)]
    public void Profile_codes_are_read_as_people_type_them_and_look_alikes_are_refused(string? typed, string? code) =>
        Assert.That(ProfileCode.Normalize(typed), Is.EqualTo(code));

    [Test]
    public void New_profile_codes_are_well_formed() =>
        Assert.That(Enumerable.Range(0, 200).Select(_ => ProfileCode.NewRandom()), Has.All.Matches<string>(c => ProfileCode.Normalize(c) == c));

    [TestCase("2010-01-01", "2027-01-01", 17)]
    [TestCase("2010-01-02", "2027-01-01", 16)]
    [TestCase("2012-02-29", "2027-02-28", 14)]
    [TestCase("2012-02-29", "2027-03-01", 15)]
    public void Ages_are_whole_years_on_the_age_date(string born, string on, int age) =>
        Assert.That(Ages.On(DateOnly.Parse(born, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(on, System.Globalization.CultureInfo.InvariantCulture)), Is.EqualTo(age));

    [Test]
    public void A_class_names_the_age_problem_of_a_performer_outside_its_limits()
    {
        var at = DateTimeOffset.UnixEpoch;
        var junior = new FestivalClass(1, 1010, "", "Vocal Solo, 8 years and under", at);
        junior.Update(junior.Details() with { MinAge = 6, MaxAge = 8 }, at);

        Assert.That(junior.AgeProblem(9), Does.Contain("ages 8 and under"));
        Assert.That(junior.AgeProblem(5), Does.Contain("ages 6 and over"));
        Assert.That(junior.AgeProblem(7), Is.Null);
    }

    [TestCase(ClassType.Solo, 1)]
    [TestCase(ClassType.Duet, 2)]
    [TestCase(ClassType.Quintet, 5)]
    [TestCase(ClassType.Recital, 1)]
    [TestCase(ClassType.Ensemble, null)]
    public void Each_class_type_says_how_many_people_perform(ClassType type, int? count) =>
        Assert.That(type.PerformerCount(), Is.EqualTo(count));

    [Test]
    public void Fees_are_kept_in_exact_cents_and_class_updates_name_what_changed()
    {
        var at = DateTimeOffset.UnixEpoch;
        var piano = new FestivalClass(1, 2105, "a", "Piano Solo", at);

        var changed = piano.Update(piano.Details() with { Fee = 12.345m, Discipline = "Piano" }, at.AddDays(1));

        Assert.That(piano.Code, Is.EqualTo("2105A"));
        Assert.That(piano.FeeCents, Is.EqualTo(1235));
        Assert.That(changed, Is.EquivalentTo(new[] { "Fee", "Discipline" }));
        Assert.That(piano.Update(piano.Details(), at.AddDays(2)), Is.Empty);
    }
}
