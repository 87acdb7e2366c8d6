using Festival.Application.Accounts.Passkeys;

namespace Festival.Application.Tests.Accounts.Passkeys;

public sealed class PasskeyHandlerTests
{
    private readonly IPasskeys _passkeys = Substitute.For<IPasskeys>();
    private readonly IUserAccounts _accounts = Substitute.For<IUserAccounts>();
    private readonly IMediator _mediator = Substitute.For<IMediator>();

    [SetUp]
    public void SetUp()
    {
        _accounts.FindByIdAsync("user-1", Arg.Any<CancellationToken>()).Returns(Fakes.Account("user-1", "ada@example.org", "User"));
        _passkeys.ListAsync("user-1", Arg.Any<CancellationToken>()).Returns([]);
    }

    private PasskeyHandlers Handler() => new(_passkeys, _accounts, _mediator, Fakes.Clock());

    [Test]
    public async Task A_verified_passkey_is_stored_under_its_trimmed_name_and_PasskeyAdded_published()
    {
        _passkeys.AddAsync("user-1", "{json}", "Laptop", Arg.Any<CancellationToken>())
            .Returns(Result<PasskeyView>.Success(new PasskeyView("id", "Laptop", Fakes.Now)));

        var result = await Handler().Handle(new AddPasskeyCommand("user-1", "{json}", "  Laptop "), CancellationToken.None);

        Assert.That(result.Succeeded, Is.True);
        Assert.That(_mediator.Published(), Is.EqualTo(new object[] { new PasskeyAddedNotification("user-1", "ada@example.org", "Laptop", Fakes.Now) }));
    }

    [TestCase(null)]
    [TestCase("   ")]
    [TestCase("Laptop\u202E")]
    [TestCase("An extremely long passkey name that goes on and on past fifty")]
    public async Task A_missing_or_unprintable_or_too_long_name_is_refused_before_any_ceremony(string? name)
    {
        var result = await Handler().Handle(new AddPasskeyCommand("user-1", "{json}", name), CancellationToken.None);

        Assert.That(result.Errors.Single().Code, Is.EqualTo("passkey_name_invalid"));
        await _passkeys.DidNotReceiveWithAnyArgs().AddAsync(default!, default!, default!, default);
    }

    [Test]
    public async Task An_answer_the_store_refuses_publishes_nothing()
    {
        _passkeys.AddAsync("user-1", "{json}", "Laptop", Arg.Any<CancellationToken>()).Returns(Result<PasskeyView>.Failed(PasskeyErrors.Refused("no.")));

        var result = await Handler().Handle(new AddPasskeyCommand("user-1", "{json}", "Laptop"), CancellationToken.None);

        Assert.That(result.Errors.Single().Code, Is.EqualTo("passkey_refused"));
        Assert.That(_mediator.Published(), Is.Empty);
    }

    [Test]
    public async Task An_account_has_at_most_ten_passkeys()
    {
        _passkeys.ListAsync("user-1", Arg.Any<CancellationToken>())
            .Returns(Enumerable.Range(0, 10).Select(i => new PasskeyView($"id{i}", $"Key {i}", Fakes.Now)).ToArray());

        var result = await Handler().Handle(new AddPasskeyCommand("user-1", "{json}", "Eleventh"), CancellationToken.None);

        Assert.That(result.Errors.Single().Code, Is.EqualTo("passkeys_too_many"));
    }

    [Test]
    public async Task Removing_publishes_PasskeyRemoved_with_the_name_and_an_unknown_passkey_is_refused()
    {
        _passkeys.RemoveAsync("user-1", "id1", Arg.Any<CancellationToken>()).Returns(new PasskeyView("id1", "Laptop", Fakes.Now));

        var removed = await Handler().Handle(new RemovePasskeyCommand("user-1", "id1"), CancellationToken.None);
        var unknown = await Handler().Handle(new RemovePasskeyCommand("user-1", "id2"), CancellationToken.None);

        Assert.That(removed.Succeeded, Is.True);
        Assert.That(unknown.Errors.Single().Code, Is.EqualTo("passkey_not_found"));
        Assert.That(_mediator.Published(), Is.EqualTo(new object[] { new PasskeyRemovedNotification("user-1", "ada@example.org", "Laptop", Fakes.Now) }));
    }
}
