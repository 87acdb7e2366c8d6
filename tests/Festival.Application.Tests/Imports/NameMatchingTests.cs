using Festival.Domain.People;

namespace Festival.Application.Tests.Imports;

public sealed class NameMatchingTests
{
    [TestCase("Anna Smith", "anna smith")]
    [TestCase("  Anna   Smith ", "Anna Smith")]
    [TestCase("Ame\u0301lie Dubois", "Amélie Dubois")]
    [TestCase("ÉLODIE NGUYỄN", "élodie nguyễn")]
    public void Names_differing_only_in_case_spacing_runs_or_Unicode_form_are_the_same_name(string a, string b)
    {
        Assert.That(PersonNames.Key(a), Is.EqualTo(PersonNames.Key(b)));
        Assert.That(PersonNames.Compare(a, b), Is.EqualTo(NameDifference.None));
    }

    [Test]
    public void Cleaning_composes_decomposed_letters_and_keeps_letter_case() =>
        Assert.That(PersonNames.Clean(" Ame\u0301lie  Dubois "), Is.EqualTo("Amélie Dubois").And.Length.EqualTo(13));

    [TestCase("Amélie Dubois", "Amelie Dubois", NameDifference.Accents)]
    [TestCase("Mary-Jane Li", "Mary Jane Li", NameDifference.Spacing)]
    [TestCase("Anna Maria Rossi", "AnnaMaria Rossi", NameDifference.Spacing)]
    [TestCase("Smith, Anna", "Anna Smith", NameDifference.Order)]
    [TestCase("Dubois, Amelie", "Amélie Dubois", NameDifference.Order | NameDifference.Accents)]
    public void Names_differing_in_accents_spacing_or_order_are_only_near_matches(string a, string b, NameDifference expected)
    {
        Assert.That(PersonNames.Compare(a, b), Is.EqualTo(expected));
        Assert.That(PersonNames.Key(a), Is.Not.EqualTo(PersonNames.Key(b)), "a near match is never the same name");
        Assert.That(PersonNames.LooseKey(a), Is.EqualTo(PersonNames.LooseKey(b)));
    }

    [TestCase("Anna Smith", "Hannah Smith")]
    [TestCase("Anna Smith", "Anna Smyth")]
    [TestCase("Smith, Anna, Jr", "Anna Smith Jr")]
    public void Different_names_are_different(string a, string b) =>
        Assert.That(PersonNames.Compare(a, b), Is.EqualTo(NameDifference.Other));

    [Test]
    public void A_near_match_is_described_in_words() =>
        Assert.That(PersonNames.Describe(NameDifference.Accents | NameDifference.Order), Is.EqualTo("accents and \"Last, First\" order"));
}
