using Festival.Web.Pages.Admin;

namespace Festival.Web.Tests.Pages;

public sealed class AuditDetailsTests
{
    [Test]
    public void Stored_JSON_details_become_readable_names_and_values_in_stored_order()
    {
        var details = AuditDetails.Parse("""{"email":"ada@example.org","displayName":null,"changedFields":["Phone","School"],"none":[],"count":3}""");

        Assert.That(details, Is.EqualTo(new KeyValuePair<string, string>[]
        {
            new("email", "ada@example.org"),
            new("display name", "—"),
            new("changed fields", "Phone, School"),
            new("none", "none"),
            new("count", "3"),
        }));
    }

    [TestCase("")]
    [TestCase(null)]
    public void Missing_details_are_no_lines(string? json) => Assert.That(AuditDetails.Parse(json), Is.Empty);

    [Test]
    public void Details_that_are_not_a_JSON_object_are_shown_as_they_are()
    {
        Assert.That(AuditDetails.Parse("not json"), Is.EqualTo(new KeyValuePair<string, string>[] { new("details", "not json") }));
        Assert.That(AuditDetails.Parse("\"text\""), Is.EqualTo(new KeyValuePair<string, string>[] { new("details", "text") }));
    }
}
