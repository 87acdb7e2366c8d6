using Festival.Application.Profiles;
using Festival.Application.Profiles.Update;
using Festival.Domain.Profiles;

namespace Festival.Application.Tests.Profiles;

public sealed class UpdateProfileHandlerTests
{
    private readonly IProfiles _profiles = Substitute.For<IProfiles>();
    private readonly IMediator _mediator = Substitute.For<IMediator>();

    private UpdateProfileHandler Handler() => new(_profiles, _mediator, Fakes.Clock());

    private Profile Existing()
    {
        var profile = Profile.CreatePrimary("user-1", "ada@example.org", "Ada", Fakes.Now.AddDays(-1));
        _profiles.FindPrimaryAsync("user-1", Arg.Any<CancellationToken>()).Returns(profile);
        return profile;
    }

    [Test]
    public async Task Changing_details_saves_them_and_publishes_ProfileUpdated_naming_the_changed_fields()
    {
        var profile = Existing();

        var result = await Handler().Handle(new UpdateProfileCommand("user-1", " Ada L. ", "+44 20 7946 0000", ""), CancellationToken.None);

        Assert.That(result.Succeeded, Is.True);
        Assert.That((profile.DisplayName, profile.Phone, profile.School), Is.EqualTo(("Ada L.", "+44 20 7946 0000", (string?)null)));
        await _profiles.Received(1).SaveAsync(profile, Arg.Any<CancellationToken>());
        var published = (ProfileUpdatedNotification)_mediator.Published().Single();
        Assert.That(published.ChangedFields, Is.EqualTo(new[] { "DisplayName", "Phone" }));
        Assert.That((published.UserId, published.Email, published.At), Is.EqualTo(("user-1", "ada@example.org", Fakes.Now)));
    }

    [Test]
    public async Task Saving_unchanged_details_publishes_nothing()
    {
        Existing();

        var result = await Handler().Handle(new UpdateProfileCommand("user-1", "Ada", null, null), CancellationToken.None);

        Assert.That(result.Succeeded, Is.True);
        Assert.That(_mediator.Published(), Is.Empty);
        await _profiles.DidNotReceiveWithAnyArgs().SaveAsync(default!, default);
    }

    [Test]
    public async Task An_unknown_user_is_not_found()
    {
        var result = await Handler().Handle(new UpdateProfileCommand("ghost", "X", null, null), CancellationToken.None);

        Assert.That(result.Errors.Single().Code, Is.EqualTo("user_not_found"));
    }

    [TestCase("<script>alert(1)</script>", null, null, 0)]
    [TestCase(null, "call me maybe", null, 1)]
    [TestCase(null, null, "School\u202Eloohcs", 1)]
    [TestCase("Ada\u0000", null, null, 1)]
    public async Task The_validator_accepts_markup_as_text_but_refuses_control_characters_and_non_phone_numbers(
        string? name, string? phone, string? school, int errorCount)
    {
        var errors = await new UpdateProfileValidator().ValidateAsync(new UpdateProfileCommand("user-1", name, phone, school), CancellationToken.None);

        Assert.That(errors, Has.Count.EqualTo(errorCount));
    }
}
