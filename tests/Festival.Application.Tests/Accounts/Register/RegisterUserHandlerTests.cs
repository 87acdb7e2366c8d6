using Festival.Application.Accounts.Register;

namespace Festival.Application.Tests.Accounts.Register;

public sealed class RegisterUserHandlerTests
{
    private readonly IUserAccounts _accounts = Substitute.For<IUserAccounts>();
    private readonly IMediator _mediator = Substitute.For<IMediator>();
    private IUnitOfWork _unitOfWork = null!;
    private IUnitOfWorkTransaction _transaction = null!;

    [SetUp]
    public void SetUp()
    {
        (_unitOfWork, _transaction) = Fakes.UnitOfWork();
        _accounts.HashPassword(Arg.Any<string>()).Returns("hashed");
    }

    private RegisterUserHandler Handler() => new(_accounts, _unitOfWork, _mediator, Fakes.Clock());

    [Test]
    public async Task Registering_publishes_exactly_one_UserRegistered_notification_and_commits()
    {
        _accounts.CreateAsync(Arg.Any<NewAccount>(), Arg.Any<CancellationToken>()).Returns(Result<string>.Success("user-1"));

        var result = await Handler().Handle(new RegisterUserCommand("  Ada@Example.org ", "Secret-123", "  Ada "), CancellationToken.None);

        Assert.That(result.Succeeded, Is.True);
        Assert.That(result.Value, Is.EqualTo("user-1"));
        Assert.That(_mediator.Published(), Is.EqualTo(new object[] { new UserRegisteredNotification("user-1", "Ada@Example.org", "Ada", Fakes.Now) }));
        await _transaction.Received(1).CommitAsync(Arg.Any<CancellationToken>());
    }

    [Test]
    public async Task Registering_with_a_taken_email_returns_EmailTaken_publishes_nothing_and_commits_nothing()
    {
        _accounts.CreateAsync(Arg.Any<NewAccount>(), Arg.Any<CancellationToken>()).Returns(Result<string>.Failed(AccountErrors.EmailTaken));

        var result = await Handler().Handle(new RegisterUserCommand("ada@example.org", "Secret-123"), CancellationToken.None);

        Assert.That(result.Succeeded, Is.False);
        Assert.That(result.Errors.Single().Code, Is.EqualTo("email_taken"));
        Assert.That(_mediator.Published(), Is.Empty);
        await _transaction.DidNotReceiveWithAnyArgs().CommitAsync(default);
    }

    [Test]
    public async Task The_password_is_hashed_before_the_transaction_opens()
    {
        _accounts.CreateAsync(Arg.Any<NewAccount>(), Arg.Any<CancellationToken>()).Returns(Result<string>.Success("user-1"));

        await Handler().Handle(new RegisterUserCommand("ada@example.org", "Secret-123"), CancellationToken.None);

        Received.InOrder(() =>
        {
            _accounts.HashPassword("Secret-123");
            _unitOfWork.BeginTransactionAsync(Arg.Any<CancellationToken>());
            _accounts.CreateAsync(new NewAccount("ada@example.org", "hashed", Fakes.Now), Arg.Any<CancellationToken>());
        });
    }

    [Test]
    public async Task A_throwing_reaction_propagates_and_the_transaction_is_not_committed()
    {
        _accounts.CreateAsync(Arg.Any<NewAccount>(), Arg.Any<CancellationToken>()).Returns(Result<string>.Success("user-1"));
        _mediator.Publish(Arg.Any<UserRegisteredNotification>(), Arg.Any<CancellationToken>()).Returns<Task>(_ => throw new InvalidOperationException("boom"));

        Assert.ThrowsAsync<InvalidOperationException>(() => Handler().Handle(new RegisterUserCommand("ada@example.org", "Secret-123"), CancellationToken.None));
        await _transaction.DidNotReceiveWithAnyArgs().CommitAsync(default);
        await _transaction.Received(1).DisposeAsync();
    }
}
