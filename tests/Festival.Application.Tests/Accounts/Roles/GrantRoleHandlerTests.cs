using Festival.Application.Accounts.Roles;

namespace Festival.Application.Tests.Accounts.Roles;

public sealed class GrantRoleHandlerTests
{
    private readonly IUserAccounts _accounts = Substitute.For<IUserAccounts>();
    private readonly IRoles _roles = Substitute.For<IRoles>();
    private readonly IMediator _mediator = Substitute.For<IMediator>();

    private GrantRoleHandler Handler() => new(_accounts, _roles, _mediator, Fakes.Clock());

    [SetUp]
    public void SetUp()
    {
        _accounts.FindByIdAsync("user-1", Arg.Any<CancellationToken>()).Returns(Fakes.Account("user-1", "ada@example.org", "User"));
        _roles.FindAsync("admin", Arg.Any<CancellationToken>()).Returns(new RoleInfo("Admin", ["admin"], 1));
    }

    [Test]
    public async Task Granting_a_new_role_adds_the_member_under_the_roles_own_name_and_publishes_RoleGranted()
    {
        _roles.AddMemberAsync("user-1", "Admin", Arg.Any<CancellationToken>()).Returns(true);

        var result = await Handler().Handle(new GrantRoleCommand("user-1", "admin", "admin-0"), CancellationToken.None);

        Assert.That(result.Succeeded, Is.True);
        Assert.That(_mediator.Published(), Is.EqualTo(new object[] { new RoleGrantedNotification("user-1", "ada@example.org", "Admin", "admin-0", Fakes.Now) }));
    }

    [Test]
    public async Task Granting_a_role_already_held_succeeds_quietly()
    {
        _roles.AddMemberAsync("user-1", "Admin", Arg.Any<CancellationToken>()).Returns(false);

        var result = await Handler().Handle(new GrantRoleCommand("user-1", "admin"), CancellationToken.None);

        Assert.That(result.Succeeded, Is.True);
        Assert.That(_mediator.Published(), Is.Empty);
    }

    [Test]
    public async Task Granting_an_unknown_role_fails_with_role_not_found()
    {
        var result = await Handler().Handle(new GrantRoleCommand("user-1", "Wizard"), CancellationToken.None);

        Assert.That(result.Errors.Single().Code, Is.EqualTo("role_not_found"));
        await _roles.DidNotReceiveWithAnyArgs().AddMemberAsync(default!, default!, default);
    }
}
