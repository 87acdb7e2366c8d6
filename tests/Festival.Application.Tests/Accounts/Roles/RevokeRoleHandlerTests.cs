using Festival.Application.Accounts.Roles;

namespace Festival.Application.Tests.Accounts.Roles;

public sealed class RevokeRoleHandlerTests
{
    private readonly IUserAccounts _accounts = Substitute.For<IUserAccounts>();
    private readonly IRoles _roles = Substitute.For<IRoles>();
    private readonly IMediator _mediator = Substitute.For<IMediator>();

    private RevokeRoleHandler Handler() => new(_accounts, _roles, _mediator, Fakes.Clock());

    [Test]
    public async Task The_last_Admin_cannot_lose_the_Admin_role()
    {
        _accounts.FindByIdAsync("user-1", Arg.Any<CancellationToken>()).Returns(Fakes.Account("user-1", "ada@example.org", "Admin", "User"));
        _roles.FindAsync("Admin", Arg.Any<CancellationToken>()).Returns(new RoleInfo("Admin", ["admin"], 1));
        _roles.CountActiveMembersAsync("Admin", Arg.Any<CancellationToken>()).Returns(1);

        var result = await Handler().Handle(new RevokeRoleCommand("user-1", "Admin", "user-1"), CancellationToken.None);

        Assert.That(result.Errors.Single().Code, Is.EqualTo("last_admin"));
        await _roles.DidNotReceiveWithAnyArgs().RemoveMemberAsync(default!, default!, default);
        Assert.That(_mediator.Published(), Is.Empty);
    }

    [Test]
    public async Task Revoking_Admin_from_one_of_two_admins_publishes_RoleRevoked()
    {
        _accounts.FindByIdAsync("user-1", Arg.Any<CancellationToken>()).Returns(Fakes.Account("user-1", "ada@example.org", "Admin"));
        _roles.FindAsync("Admin", Arg.Any<CancellationToken>()).Returns(new RoleInfo("Admin", ["admin"], 2));
        _roles.CountActiveMembersAsync("Admin", Arg.Any<CancellationToken>()).Returns(2);
        _roles.RemoveMemberAsync("user-1", "Admin", Arg.Any<CancellationToken>()).Returns(true);

        var result = await Handler().Handle(new RevokeRoleCommand("user-1", "Admin", "admin-2"), CancellationToken.None);

        Assert.That(result.Succeeded, Is.True);
        Assert.That(_mediator.Published(), Is.EqualTo(new object[] { new RoleRevokedNotification("user-1", "ada@example.org", "Admin", "admin-2", Fakes.Now) }));
    }

    [Test]
    public async Task Revoking_a_role_the_user_does_not_hold_changes_and_announces_nothing()
    {
        _accounts.FindByIdAsync("user-1", Arg.Any<CancellationToken>()).Returns(Fakes.Account("user-1", "ada@example.org", "User"));
        _roles.FindAsync("Admin", Arg.Any<CancellationToken>()).Returns(new RoleInfo("Admin", ["admin"], 1));
        _roles.RemoveMemberAsync("user-1", "Admin", Arg.Any<CancellationToken>()).Returns(false);

        var result = await Handler().Handle(new RevokeRoleCommand("user-1", "Admin"), CancellationToken.None);

        Assert.That(result.Succeeded, Is.True);
        Assert.That(_mediator.Published(), Is.Empty);
    }

    [Test]
    public async Task Unknown_users_and_roles_are_reported_as_not_found()
    {
        _accounts.FindByIdAsync("ghost", Arg.Any<CancellationToken>()).Returns((AccountSummary?)null);
        Assert.That((await Handler().Handle(new RevokeRoleCommand("ghost", "User"), CancellationToken.None)).Errors.Single().Code, Is.EqualTo("user_not_found"));

        _accounts.FindByIdAsync("user-1", Arg.Any<CancellationToken>()).Returns(Fakes.Account());
        Assert.That((await Handler().Handle(new RevokeRoleCommand("user-1", "Nope"), CancellationToken.None)).Errors.Single().Code, Is.EqualTo("role_not_found"));
    }
}
