using Festival.Application.Accounts.Register;
using Festival.Application.Accounts.Register.Reactions;
using Festival.Application.Profiles;
using Festival.Domain.Profiles;

namespace Festival.Application.Tests.Accounts.Register;

public sealed class CreatePrimaryProfileHandlerTests
{
    [Test]
    public async Task Creates_one_primary_profile_with_the_new_users_email_and_display_name()
    {
        var profiles = Substitute.For<IProfiles>();

        await new CreatePrimaryProfileHandler(profiles)
            .Handle(new UserRegisteredNotification("user-1", "ada@example.org", "Ada", Fakes.Now), CancellationToken.None);

        await profiles.Received(1).AddAsync(
            Arg.Is<Profile>(p => p.UserId == "user-1" && p.Email == "ada@example.org" && p.DisplayName == "Ada" && p.IsPrimary && p.CreatedAt == Fakes.Now),
            Arg.Any<CancellationToken>());
    }
}
