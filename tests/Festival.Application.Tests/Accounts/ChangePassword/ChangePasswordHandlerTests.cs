using Festival.Application.Accounts.ChangePassword;

namespace Festival.Application.Tests.Accounts.ChangePassword;

public sealed class ChangePasswordHandlerTests
{
    private readonly IUserAccounts _accounts = Substitute.For<IUserAccounts>();
    private readonly IMediator _mediator = Substitute.For<IMediator>();
    private IUnitOfWork _unitOfWork = null!;
    private IUnitOfWorkTransaction _transaction = null!;

    [SetUp]
    public void SetUp()
    {
        (_unitOfWork, _transaction) = Fakes.UnitOfWork();
        _accounts.FindByIdAsync("user-1", Arg.Any<CancellationToken>()).Returns(Fakes.Account("user-1", "ada@example.org", "User"));
        _accounts.HashPassword("New-Secret-1").Returns("new-hash");
    }

    private ChangePasswordHandler Handler() => new(_accounts, _unitOfWork, _mediator, Fakes.Clock());

    [Test]
    public async Task With_the_right_current_password_the_hash_is_replaced_and_PasswordChanged_published()
    {
        _accounts.CheckPasswordAsync("user-1", "Old-Secret-1", Arg.Any<CancellationToken>()).Returns(true);

        var result = await Handler().Handle(new ChangePasswordCommand("user-1", "Old-Secret-1", "New-Secret-1"), CancellationToken.None);

        Assert.That(result.Succeeded, Is.True);
        await _accounts.Received(1).SetPasswordHashAsync("user-1", "new-hash", Arg.Any<CancellationToken>());
        Assert.That(_mediator.Published(), Is.EqualTo(new object[] { new PasswordChangedNotification("user-1", "ada@example.org", Fakes.Now) }));
        await _transaction.Received(1).CommitAsync(Arg.Any<CancellationToken>());
    }

    [Test]
    public async Task With_a_wrong_current_password_nothing_changes()
    {
        _accounts.CheckPasswordAsync("user-1", "guess", Arg.Any<CancellationToken>()).Returns(false);

        var result = await Handler().Handle(new ChangePasswordCommand("user-1", "guess", "New-Secret-1"), CancellationToken.None);

        Assert.That(result.Errors.Single(), Has.Property("Field").EqualTo("CurrentPassword").And.Property("Code").EqualTo("password_incorrect"));
        _accounts.DidNotReceiveWithAnyArgs().HashPassword(default!);
        await _accounts.DidNotReceiveWithAnyArgs().SetPasswordHashAsync(default!, default!, default);
        Assert.That(_mediator.Published(), Is.Empty);
    }

    [Test]
    public async Task The_validator_reports_new_password_problems_against_the_NewPassword_field()
    {
        _accounts.ValidatePasswordAsync("short", Arg.Any<CancellationToken>()).Returns([Error.Validation("Password", "password_too_short", "Too short.")]);

        var errors = await new ChangePasswordValidator(_accounts).ValidateAsync(new ChangePasswordCommand("user-1", "", "short"), CancellationToken.None);

        Assert.That(errors.Select(e => (e.Field, e.Code)), Is.EquivalentTo(new[] { ("CurrentPassword", "password_required"), ("NewPassword", "password_too_short") }));
    }
}
