using Festival.Application.Accounts.Register;
using Festival.Application.Accounts.Register.Reactions;

namespace Festival.Application.Tests.Accounts.Register;

public sealed class AssignDefaultRoleHandlerTests
{
    private static readonly UserRegisteredNotification Registered = new("user-1", "ada@example.org", "Ada", Fakes.Now);

    [Test]
    public async Task Creates_the_default_role_with_its_configured_permissions_when_it_is_missing()
    {
        var roles = Substitute.For<IRoles>();
        roles.ExistsAsync("User", Arg.Any<CancellationToken>()).Returns(false);
        roles.CreateAsync("User", Arg.Any<IReadOnlyCollection<string>>(), Arg.Any<CancellationToken>())
            .Returns(new RoleInfo("User", ["user_read", "user_write"], 0));

        await new AssignDefaultRoleHandler(roles, Fakes.Options()).Handle(Registered, CancellationToken.None);

        await roles.Received(1).CreateAsync("User",
            Arg.Is<IReadOnlyCollection<string>>(p => p.SequenceEqual(new[] { "user_read", "user_write" })), Arg.Any<CancellationToken>());
        await roles.Received(1).AddMemberAsync("user-1", "User", Arg.Any<CancellationToken>());
    }

    [Test]
    public async Task Never_describes_the_role_since_that_counts_every_member_inside_the_registration_transaction()
    {
        var roles = Substitute.For<IRoles>();
        roles.ExistsAsync("User", Arg.Any<CancellationToken>()).Returns(true);

        await new AssignDefaultRoleHandler(roles, Fakes.Options()).Handle(Registered, CancellationToken.None);

        await roles.DidNotReceiveWithAnyArgs().FindAsync(default!, default);
    }

    [Test]
    public async Task Reuses_the_default_role_when_it_exists()
    {
        var roles = Substitute.For<IRoles>();
        roles.ExistsAsync("User", Arg.Any<CancellationToken>()).Returns(true);

        await new AssignDefaultRoleHandler(roles, Fakes.Options()).Handle(Registered, CancellationToken.None);

        await roles.DidNotReceiveWithAnyArgs().CreateAsync(default!, default!, default);
        await roles.Received(1).AddMemberAsync("user-1", "User", Arg.Any<CancellationToken>());
    }

    [Test]
    public async Task Uses_whatever_role_is_configured_as_the_default()
    {
        var roles = Substitute.For<IRoles>();
        roles.ExistsAsync("Participant", Arg.Any<CancellationToken>()).Returns(true);

        await new AssignDefaultRoleHandler(roles, Fakes.Options("Participant")).Handle(Registered, CancellationToken.None);

        await roles.Received(1).AddMemberAsync("user-1", "Participant", Arg.Any<CancellationToken>());
    }
}
