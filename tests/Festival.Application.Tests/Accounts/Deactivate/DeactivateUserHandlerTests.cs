using Festival.Application.Accounts.Deactivate;
using Festival.Application.Accounts.SignIn;
using Festival.Application.Accounts.SignIn.Reactions;

namespace Festival.Application.Tests.Accounts.Deactivate;

public sealed class DeactivateUserHandlerTests
{
    private readonly IUserAccounts _accounts = Substitute.For<IUserAccounts>();
    private readonly IRoles _roles = Substitute.For<IRoles>();
    private readonly IMediator _mediator = Substitute.For<IMediator>();

    private DeactivateUserHandler Handler() => new(_accounts, _roles, _mediator, Fakes.Clock());

    [Test]
    public async Task Deactivating_an_active_user_stores_the_time_and_publishes_UserDeactivated()
    {
        _accounts.FindByIdAsync("user-1", Arg.Any<CancellationToken>()).Returns(Fakes.Account("user-1", "ada@example.org", "User"));

        var result = await Handler().Handle(new DeactivateUserCommand("user-1", "admin-1"), CancellationToken.None);

        Assert.That(result.Succeeded, Is.True);
        await _accounts.Received(1).SetDeactivatedAsync("user-1", Fakes.Now, Arg.Any<CancellationToken>());
        Assert.That(_mediator.Published(), Is.EqualTo(new object[] { new UserDeactivatedNotification("user-1", "ada@example.org", "admin-1", Fakes.Now) }));
    }

    [Test]
    public async Task An_admin_cannot_deactivate_themselves()
    {
        _accounts.FindByIdAsync("admin-1", Arg.Any<CancellationToken>()).Returns(Fakes.Account("admin-1", "chief@example.org", "Admin"));

        var result = await Handler().Handle(new DeactivateUserCommand("admin-1", "admin-1"), CancellationToken.None);

        Assert.That(result.Errors.Single().Code, Is.EqualTo("cannot_deactivate_self"));
    }

    [Test]
    public async Task The_last_active_Admin_cannot_be_deactivated()
    {
        _accounts.FindByIdAsync("admin-1", Arg.Any<CancellationToken>()).Returns(Fakes.Account("admin-1", "chief@example.org", "Admin"));
        _roles.CountActiveMembersAsync("Admin", Arg.Any<CancellationToken>()).Returns(1);

        var result = await Handler().Handle(new DeactivateUserCommand("admin-1"), CancellationToken.None);

        Assert.That(result.Errors.Single().Code, Is.EqualTo("last_admin"));
        await _accounts.DidNotReceiveWithAnyArgs().SetDeactivatedAsync(default!, default, default);
    }

    [Test]
    public async Task Reactivating_clears_the_deactivation_and_publishes_UserReactivated()
    {
        _accounts.FindByIdAsync("user-1", Arg.Any<CancellationToken>()).Returns(Fakes.Account() with { DeactivatedAt = Fakes.Now.AddDays(-1) });

        var result = await new ReactivateUserHandler(_accounts, _mediator, Fakes.Clock()).Handle(new ReactivateUserCommand("user-1", "admin-1"), CancellationToken.None);

        Assert.That(result.Succeeded, Is.True);
        await _accounts.Received(1).SetDeactivatedAsync("user-1", null, Arg.Any<CancellationToken>());
        Assert.That(_mediator.Published(), Is.EqualTo(new object[] { new UserReactivatedNotification("user-1", "ada@example.org", "admin-1", Fakes.Now) }));
    }

    [Test]
    public async Task A_sign_in_is_tracked_with_its_time_and_address()
    {
        await new TrackSignInHandler(_accounts).Handle(new UserSignedInNotification("user-1", "ada@example.org", "203.0.113.9", Fakes.Now), CancellationToken.None);

        await _accounts.Received(1).RecordSignInAsync("user-1", Fakes.Now, "203.0.113.9", Arg.Any<CancellationToken>());
    }
}
