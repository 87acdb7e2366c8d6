using Festival.Application.Accounts.ChangePassword;
using Festival.Application.Accounts.ChangePassword.Reactions;
using Festival.Application.Accounts.Links;
using Festival.Application.Accounts.ResetPassword;
using Festival.Application.Email;
using Festival.Application.Outbox;

namespace Festival.Application.Tests.Accounts.Lifecycle;

public sealed class PasswordResetHandlerTests
{
    private readonly IUserAccounts _accounts = Substitute.For<IUserAccounts>();
    private readonly IMediator _mediator = Substitute.For<IMediator>();
    private readonly IOutbox _outbox = Substitute.For<IOutbox>();

    [Test]
    public async Task A_reset_request_for_a_known_active_account_publishes_PasswordResetRequested()
    {
        _accounts.FindByEmailAsync("ada@example.org", Arg.Any<CancellationToken>()).Returns(Fakes.Account());

        await new RequestPasswordResetHandler(_accounts, _mediator, Fakes.Clock())
            .Handle(new RequestPasswordResetCommand(" ada@example.org ", "203.0.113.9"), CancellationToken.None);

        Assert.That(_mediator.Published(), Is.EqualTo(new object[] { new PasswordResetRequestedNotification("user-1", "ada@example.org", "203.0.113.9", Fakes.Now) }));
    }

    [Test]
    public async Task A_reset_request_for_an_unknown_or_deactivated_account_publishes_nothing()
    {
        _accounts.FindByEmailAsync("gone@example.org", Arg.Any<CancellationToken>()).Returns(Fakes.Account("user-2", "gone@example.org") with { DeactivatedAt = Fakes.Now });
        var handler = new RequestPasswordResetHandler(_accounts, _mediator, Fakes.Clock());

        await handler.Handle(new RequestPasswordResetCommand("nobody@example.org", null), CancellationToken.None);
        await handler.Handle(new RequestPasswordResetCommand("gone@example.org", null), CancellationToken.None);

        Assert.That(_mediator.Published(), Is.Empty);
    }

    [Test]
    public async Task The_reset_link_message_carries_no_token()
    {
        await new SendResetLinkHandler(_outbox).Handle(new PasswordResetRequestedNotification("user-1", "ada@example.org", null, Fakes.Now), CancellationToken.None);

        await _outbox.Received(1).EnqueueAsync(new AccountLinkMessage("user-1", AccountLinkPurpose.ResetPassword),
            $"reset-password:user-1:{Fakes.Now.UtcTicks}", Arg.Any<CancellationToken>());
    }

    [Test]
    public async Task A_valid_token_sets_the_new_hash_and_publishes_PasswordReset()
    {
        var (unitOfWork, transaction) = Fakes.UnitOfWork();
        _accounts.FindByIdAsync("user-1", Arg.Any<CancellationToken>()).Returns(Fakes.Account());
        _accounts.VerifyResetTokenAsync("user-1", "good", Arg.Any<CancellationToken>()).Returns(true);
        _accounts.HashPassword("New-Secret-1").Returns("new-hash");

        var result = await new ResetPasswordHandler(_accounts, unitOfWork, _mediator, Fakes.Clock())
            .Handle(new ResetPasswordCommand("user-1", "good", "New-Secret-1"), CancellationToken.None);

        Assert.That(result.Succeeded, Is.True);
        await _accounts.Received(1).SetPasswordHashAsync("user-1", "new-hash", Arg.Any<CancellationToken>());
        Assert.That(_mediator.Published(), Is.EqualTo(new object[] { new PasswordResetNotification("user-1", "ada@example.org", Fakes.Now) }));
        await transaction.Received(1).CommitAsync(Arg.Any<CancellationToken>());
    }

    [TestCase("user-1", "bad")]
    [TestCase("user-1", "")]
    [TestCase("ghost", "good")]
    public async Task An_invalid_expired_or_used_token_changes_nothing(string userId, string token)
    {
        _accounts.FindByIdAsync("user-1", Arg.Any<CancellationToken>()).Returns(Fakes.Account());
        _accounts.VerifyResetTokenAsync("user-1", "good", Arg.Any<CancellationToken>()).Returns(true);

        var result = await new ResetPasswordHandler(_accounts, Fakes.UnitOfWork().UnitOfWork, _mediator, Fakes.Clock())
            .Handle(new ResetPasswordCommand(userId, token, "New-Secret-1"), CancellationToken.None);

        Assert.That(result.Errors.Single().Code, Is.EqualTo("link_invalid"));
        _accounts.DidNotReceiveWithAnyArgs().HashPassword(default!);
        Assert.That(_mediator.Published(), Is.Empty);
    }

    [Test]
    public async Task A_changed_or_reset_password_queues_a_notice_to_the_owner()
    {
        var handler = new PasswordChangedNoticeHandler(_outbox);

        await handler.Handle(new PasswordChangedNotification("user-1", "ada@example.org", Fakes.Now), CancellationToken.None);
        await handler.Handle(new PasswordResetNotification("user-1", "ada@example.org", Fakes.Now.AddMinutes(1)), CancellationToken.None);

        await _outbox.Received(2).EnqueueAsync(Arg.Is<EmailMessage>(m => m.To == "ada@example.org" && m.Subject == "Your Festival password was changed"),
            Arg.Any<string>(), Arg.Any<CancellationToken>());
    }
}
