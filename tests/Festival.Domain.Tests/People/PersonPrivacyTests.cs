using Festival.Domain.People;

namespace Festival.Domain.Tests.People;

/// <summary>Consent to publish a name, initials without it, and anonymizing a person.</summary>
public sealed class PersonPrivacyTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 4, 10, 0, 0, TimeSpan.Zero);

    private static Person Ana()
    {
        var person = new Person("Ana María Flores", PersonRoles.Participant, "P-7K3Q9", At);
        person.Complete("ana@example.org", "555-0100", new DateOnly(2016, 4, 2), 3, At);
        person.LinkAccount("user-1", At);
        return person;
    }

    [TestCase("Ana María Flores", "A. M. F.")]
    [TestCase("  ben   o'neil ", "B. O.")]
    [TestCase("Élodie", "É.")]
    [TestCase("- Kim", "K.")]
    public void Initials_are_the_first_letters_of_the_names(string name, string initials) => Assert.That(Person.Initials(name), Is.EqualTo(initials));

    [Test]
    public void Without_consent_public_pages_get_initials_and_with_it_the_full_name_with_who_and_when()
    {
        var ana = Ana();
        Assert.That(ana.PublicName, Is.EqualTo("A. M. F."), "not consented by default");

        ana.SetNameConsent(true, "guardian-1", At);
        Assert.That((ana.PublicName, ana.NameConsentAt, ana.NameConsentByUserId), Is.EqualTo(("Ana María Flores", (DateTimeOffset?)At, "guardian-1")));

        ana.SetNameConsent(false, "guardian-1", At.AddDays(1));
        Assert.That((ana.PublicName, ana.NameConsentAt, ana.NameConsentByUserId), Is.EqualTo(("A. M. F.", (DateTimeOffset?)null, (string?)null)));
    }

    [Test]
    public void Anonymizing_forgets_who_the_person_is_but_keeps_the_record_and_its_code()
    {
        var ana = Ana();
        ana.SetNameConsent(true, "guardian-1", At);

        ana.Anonymize(At.AddDays(1));

        Assert.That(ana.Name, Is.EqualTo(Person.AnonymousName));
        Assert.That(new object?[] { ana.Email, ana.EmailKey, ana.Phone, ana.BirthDate, ana.SchoolId, ana.UserId, ana.NameConsentAt, ana.NameConsentByUserId }, Is.All.Null);
        Assert.That(ana.ProfileCode, Is.EqualTo("P-7K3Q9"));
    }
}
