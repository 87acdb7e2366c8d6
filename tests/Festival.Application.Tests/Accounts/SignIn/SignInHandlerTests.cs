using Festival.Application.Accounts.SignIn;

namespace Festival.Application.Tests.Accounts.SignIn;

public sealed class SignInHandlerTests
{
    private readonly ISignInSessions _sessions = Substitute.For<ISignInSessions>();
    private readonly IUserAccounts _accounts = Substitute.For<IUserAccounts>();
    private readonly IMediator _mediator = Substitute.For<IMediator>();

    private SignInHandler Handler() => new(_sessions, _accounts, Fakes.UnitOfWork().UnitOfWork, _mediator, Fakes.Clock());

    [SetUp]
    public void SetUp()
    {
        _accounts.FindByIdAsync("user-1", Arg.Any<CancellationToken>()).Returns(Fakes.Account("user-1", "ada@example.org", "User"));
        _accounts.FindByEmailAsync("ada@example.org", Arg.Any<CancellationToken>()).Returns(Fakes.Account("user-1", "ada@example.org", "User"));
    }

    [Test]
    public async Task A_successful_sign_in_publishes_UserSignedIn_with_the_client_address()
    {
        _sessions.PasswordSignInAsync("ada@example.org", "Secret-123", true).Returns((SignInOutcome.SignedIn, "user-1"));

        var outcome = await Handler().Handle(new SignInCommand(" ada@example.org ", "Secret-123", true, "203.0.113.9"), CancellationToken.None);

        Assert.That(outcome, Is.EqualTo(SignInOutcome.SignedIn));
        Assert.That(_mediator.Published(), Is.EqualTo(new object[] { new UserSignedInNotification("user-1", "ada@example.org", "203.0.113.9", Fakes.Now) }));
    }

    [Test]
    public async Task A_wrong_password_publishes_SignInFailed_without_the_password()
    {
        _sessions.PasswordSignInAsync("ada@example.org", "guess", false).Returns((SignInOutcome.Failed, "user-1"));

        await Handler().Handle(new SignInCommand("ada@example.org", "guess", false, null), CancellationToken.None);

        var failed = (SignInFailedNotification)_mediator.Published().Single();
        Assert.That(failed, Is.EqualTo(new SignInFailedNotification("ada@example.org", "user-1", null, Fakes.Now)));
        Assert.That(failed.ToString(), Does.Not.Contain("guess"));
    }

    [Test]
    public async Task An_unknown_email_publishes_SignInFailed_without_a_user()
    {
        _sessions.PasswordSignInAsync("ghost@example.org", "guess", false).Returns((SignInOutcome.Failed, (string?)null));

        await Handler().Handle(new SignInCommand("ghost@example.org", "guess", false, null), CancellationToken.None);

        Assert.That(_mediator.Published(), Is.EqualTo(new object[] { new SignInFailedNotification("ghost@example.org", null, null, Fakes.Now) }));
    }

    [Test]
    public async Task A_locked_out_account_publishes_UserLockedOut()
    {
        _sessions.PasswordSignInAsync("ada@example.org", "Secret-123", false).Returns((SignInOutcome.LockedOut, "user-1"));

        var outcome = await Handler().Handle(new SignInCommand("ada@example.org", "Secret-123", false, "198.51.100.7"), CancellationToken.None);

        Assert.That(outcome, Is.EqualTo(SignInOutcome.LockedOut));
        Assert.That(_mediator.Published(), Is.EqualTo(new object[] { new UserLockedOutNotification("user-1", "ada@example.org", "198.51.100.7", Fakes.Now) }));
    }

    [TestCase("", "Secret-123")]
    [TestCase("ada@example.org", "")]
    public async Task Empty_input_fails_without_touching_the_session(string email, string password)
    {
        var outcome = await Handler().Handle(new SignInCommand(email, password, false, null), CancellationToken.None);

        Assert.That(outcome, Is.EqualTo(SignInOutcome.Failed));
        await _sessions.DidNotReceiveWithAnyArgs().PasswordSignInAsync(default!, default!, default);
    }

    [Test]
    public async Task A_password_over_the_cap_is_never_checked()
    {
        await Handler().Handle(new SignInCommand("ada@example.org", new string('x', 100_000), false, null), CancellationToken.None);

        await _sessions.DidNotReceiveWithAnyArgs().PasswordSignInAsync(default!, default!, default);
    }
}
