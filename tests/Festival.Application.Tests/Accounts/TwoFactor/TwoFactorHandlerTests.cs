using Festival.Application.Accounts.SignIn;
using Festival.Application.Accounts.TwoFactor;
using Festival.Application.Accounts.TwoFactor.Reactions;
using Festival.Application.Email;
using Festival.Application.Outbox;

namespace Festival.Application.Tests.Accounts.TwoFactor;

public sealed class TwoFactorHandlerTests
{
    private static readonly string[] Codes = ["aaaaa-11111", "bbbbb-22222"];

    private readonly ITwoFactorAccounts _twoFactor = Substitute.For<ITwoFactorAccounts>();
    private readonly IUserAccounts _accounts = Substitute.For<IUserAccounts>();
    private readonly IMediator _mediator = Substitute.For<IMediator>();
    private IUnitOfWork _unitOfWork = null!;
    private IUnitOfWorkTransaction _transaction = null!;

    [SetUp]
    public void SetUp()
    {
        (_unitOfWork, _transaction) = Fakes.UnitOfWork();
        Status(enabled: false);
        _twoFactor.EnableAsync("user-1", EnableTwoFactorCommand.RecoveryCodeCount, Arg.Any<CancellationToken>()).Returns(Codes);
    }

    private void Status(bool enabled, int codesLeft = 10) =>
        _twoFactor.GetStatusAsync("user-1", Arg.Any<CancellationToken>()).Returns(new TwoFactorStatus("user-1", "ada@example.org", enabled, codesLeft));

    [Test]
    public async Task A_right_code_turns_two_factor_on_answers_ten_recovery_codes_and_publishes_TwoFactorEnabled()
    {
        _twoFactor.UseAuthenticatorCodeAsync("user-1", "123456", Arg.Any<CancellationToken>()).Returns(TotpVerdict.Accepted);

        var result = await new EnableTwoFactorHandler(_twoFactor, _unitOfWork, _mediator, Fakes.Clock())
            .Handle(new EnableTwoFactorCommand("user-1", "123456"), CancellationToken.None);

        Assert.That(result.Value, Is.EqualTo(Codes));
        Assert.That(_mediator.Published(), Is.EqualTo(new object[] { new TwoFactorEnabledNotification("user-1", "ada@example.org", Fakes.Now) }));
        await _transaction.Received(1).CommitAsync(Arg.Any<CancellationToken>());
    }

    [TestCase(TotpVerdict.Wrong, "code_wrong")]
    [TestCase(TotpVerdict.Replayed, "code_used")]
    public async Task A_wrong_or_used_code_leaves_two_factor_off(TotpVerdict verdict, string error)
    {
        _twoFactor.UseAuthenticatorCodeAsync("user-1", "123456", Arg.Any<CancellationToken>()).Returns(verdict);

        var result = await new EnableTwoFactorHandler(_twoFactor, _unitOfWork, _mediator, Fakes.Clock())
            .Handle(new EnableTwoFactorCommand("user-1", "123456"), CancellationToken.None);

        Assert.That(result.Errors.Single(), Has.Property("Code").EqualTo(error).And.Property("Field").EqualTo("Code"));
        await _twoFactor.DidNotReceiveWithAnyArgs().EnableAsync(default!, default, default);
        Assert.That(_mediator.Published(), Is.Empty);
    }

    private DisableTwoFactorHandler Disable() => new(_twoFactor, _accounts, _unitOfWork, _mediator, Fakes.Clock());

    [Test]
    public async Task Turning_off_needs_a_password_or_a_code()
    {
        Status(enabled: true);

        var result = await Disable().Handle(new DisableTwoFactorCommand("user-1", null, " "), CancellationToken.None);

        Assert.That(result.Errors.Single().Code, Is.EqualTo("proof_required"));
        await _twoFactor.DidNotReceiveWithAnyArgs().DisableAsync(default!, default);
    }

    [Test]
    public async Task A_wrong_password_leaves_two_factor_on()
    {
        Status(enabled: true);
        _accounts.CheckPasswordAsync("user-1", "guess", Arg.Any<CancellationToken>()).Returns(false);

        var result = await Disable().Handle(new DisableTwoFactorCommand("user-1", "guess", null), CancellationToken.None);

        Assert.That(result.Errors.Single().Code, Is.EqualTo("proof_wrong"));
        await _twoFactor.DidNotReceiveWithAnyArgs().DisableAsync(default!, default);
        Assert.That(_mediator.Published(), Is.Empty);
    }

    [Test]
    public async Task The_password_turns_two_factor_off_and_publishes_TwoFactorDisabled_by_the_owner()
    {
        Status(enabled: true);
        _accounts.CheckPasswordAsync("user-1", "Secret-123", Arg.Any<CancellationToken>()).Returns(true);

        var result = await Disable().Handle(new DisableTwoFactorCommand("user-1", "Secret-123", null), CancellationToken.None);

        Assert.That(result.Succeeded, Is.True);
        await _twoFactor.Received(1).DisableAsync("user-1", Arg.Any<CancellationToken>());
        Assert.That(_mediator.Published(), Is.EqualTo(new object[] { new TwoFactorDisabledNotification("user-1", "ada@example.org", null, false, Fakes.Now) }));
    }

    [Test]
    public async Task An_authenticator_code_or_a_recovery_code_also_proves_it_is_the_owner()
    {
        Status(enabled: true);
        _twoFactor.UseAuthenticatorCodeAsync("user-1", "123 456", Arg.Any<CancellationToken>()).Returns(TotpVerdict.Accepted);
        _twoFactor.RedeemRecoveryCodeAsync("user-1", "aaaaa-11111", Arg.Any<CancellationToken>()).Returns(true);

        Assert.That((await Disable().Handle(new DisableTwoFactorCommand("user-1", null, "123 456"), CancellationToken.None)).Succeeded, Is.True);
        Assert.That((await Disable().Handle(new DisableTwoFactorCommand("user-1", null, "aaaaa-11111"), CancellationToken.None)).Succeeded, Is.True);
        await _accounts.DidNotReceiveWithAnyArgs().CheckPasswordAsync(default!, default!, default);
    }

    [Test]
    public async Task An_operator_reset_needs_no_proof_and_names_the_operator()
    {
        Status(enabled: true);

        var result = await new ResetTwoFactorHandler(_twoFactor, _mediator, Fakes.Clock()).Handle(new ResetTwoFactorCommand("user-1", "admin-1"), CancellationToken.None);

        Assert.That(result.Succeeded, Is.True);
        await _twoFactor.Received(1).DisableAsync("user-1", Arg.Any<CancellationToken>());
        Assert.That(_mediator.Published(), Is.EqualTo(new object[] { new TwoFactorDisabledNotification("user-1", "ada@example.org", "admin-1", true, Fakes.Now) }));
    }

    [Test]
    public async Task Resetting_or_regenerating_codes_for_an_account_without_two_factor_is_refused()
    {
        var reset = await new ResetTwoFactorHandler(_twoFactor, _mediator, Fakes.Clock()).Handle(new ResetTwoFactorCommand("user-1"), CancellationToken.None);
        var regenerate = await new RegenerateRecoveryCodesHandler(_twoFactor, _mediator, Fakes.Clock())
            .Handle(new RegenerateRecoveryCodesCommand("user-1"), CancellationToken.None);

        Assert.That(reset.Errors.Single().Code, Is.EqualTo("two_factor_not_enabled"));
        Assert.That(regenerate.Errors.Single().Code, Is.EqualTo("two_factor_not_enabled"));
        Assert.That(_mediator.Published(), Is.Empty);
    }

    [Test]
    public async Task Regenerating_replaces_the_codes_and_publishes_RecoveryCodesRegenerated()
    {
        Status(enabled: true, codesLeft: 2);
        _twoFactor.ReplaceRecoveryCodesAsync("user-1", 10, Arg.Any<CancellationToken>()).Returns(Codes);

        var result = await new RegenerateRecoveryCodesHandler(_twoFactor, _mediator, Fakes.Clock())
            .Handle(new RegenerateRecoveryCodesCommand("user-1"), CancellationToken.None);

        Assert.That(result.Value, Is.EqualTo(Codes));
        Assert.That(_mediator.Published(), Is.EqualTo(new object[] { new RecoveryCodesRegeneratedNotification("user-1", "ada@example.org", Fakes.Now) }));
    }

    [Test]
    public async Task A_recovery_code_sign_in_publishes_UserSignedIn_and_RecoveryCodeUsed_with_the_codes_left()
    {
        var sessions = Substitute.For<ISignInSessions>();
        sessions.RecoveryCodeSignInAsync("aaaaa-11111").Returns((SignInOutcome.SignedIn, "user-1"));
        _accounts.FindByIdAsync("user-1", Arg.Any<CancellationToken>()).Returns(Fakes.Account("user-1", "ada@example.org", "User"));
        Status(enabled: true, codesLeft: 9);

        var outcome = await new TwoFactorSignInHandler(sessions, _accounts, _twoFactor, _unitOfWork, _mediator, Fakes.Clock())
            .Handle(new RecoveryCodeSignInCommand("aaaaa -11111", "203.0.113.9"), CancellationToken.None);

        Assert.That(outcome, Is.EqualTo(SignInOutcome.SignedIn));
        Assert.That(_mediator.Published(), Is.EqualTo(new object[]
        {
            new UserSignedInNotification("user-1", "ada@example.org", "203.0.113.9", Fakes.Now),
            new RecoveryCodeUsedNotification("user-1", "ada@example.org", 9, "203.0.113.9", Fakes.Now),
        }));
    }

    [Test]
    public async Task A_second_step_without_a_password_step_publishes_nothing()
    {
        var sessions = Substitute.For<ISignInSessions>();
        sessions.TwoFactorSignInAsync("123456", false, false).Returns((SignInOutcome.NoPendingSignIn, null));

        var outcome = await new TwoFactorSignInHandler(sessions, _accounts, _twoFactor, _unitOfWork, _mediator, Fakes.Clock())
            .Handle(new TwoFactorSignInCommand("123456", false, false, null), CancellationToken.None);

        Assert.That(outcome, Is.EqualTo(SignInOutcome.NoPendingSignIn));
        Assert.That(_mediator.Published(), Is.Empty);
    }

    [Test]
    public async Task A_password_that_needs_a_second_factor_publishes_nothing_yet()
    {
        var sessions = Substitute.For<ISignInSessions>();
        sessions.PasswordSignInAsync("ada@example.org", "Secret-123", false).Returns((SignInOutcome.RequiresTwoFactor, "user-1"));

        var outcome = await new SignInHandler(sessions, _accounts, _unitOfWork, _mediator, Fakes.Clock())
            .Handle(new SignInCommand("ada@example.org", "Secret-123", false, null), CancellationToken.None);

        Assert.That(outcome, Is.EqualTo(SignInOutcome.RequiresTwoFactor));
        Assert.That(_mediator.Published(), Is.Empty);
    }

    [Test]
    public async Task Every_second_factor_change_sends_its_owner_a_notice_through_the_outbox()
    {
        var outbox = Substitute.For<IOutbox>();
        var notices = new SecurityNoticeHandler(outbox);

        await notices.Handle(new TwoFactorEnabledNotification("user-1", "ada@example.org", Fakes.Now), CancellationToken.None);
        await notices.Handle(new TwoFactorDisabledNotification("user-1", "ada@example.org", "admin-1", true, Fakes.Now), CancellationToken.None);
        await notices.Handle(new RecoveryCodeUsedNotification("user-1", "ada@example.org", 9, null, Fakes.Now), CancellationToken.None);
        await notices.Handle(new RecoveryCodesRegeneratedNotification("user-1", "ada@example.org", Fakes.Now), CancellationToken.None);

        var keys = outbox.ReceivedCalls().Select(c => (string)c.GetArguments()[1]!).ToArray();
        var messages = outbox.ReceivedCalls().Select(c => (EmailMessage)c.GetArguments()[0]!).ToArray();
        Assert.That(keys, Is.EqualTo(new[] { "two-factor-enabled", "two-factor-disabled", "recovery-code-used", "recovery-codes-regenerated" }
            .Select(k => $"{k}:user-1:{Fakes.Now.UtcTicks}")));
        Assert.That(messages.Select(m => m.To), Is.All.EqualTo("ada@example.org"));
        Assert.That(messages[1].TextBody, Does.Contain("festival office"));
        Assert.That(messages[2].TextBody, Does.Contain("9 unused code(s) are left"));
    }
}
