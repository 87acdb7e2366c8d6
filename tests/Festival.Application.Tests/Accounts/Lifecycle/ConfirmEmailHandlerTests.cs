using Festival.Application.Accounts.ConfirmEmail;
using Festival.Application.Accounts.Links;
using Festival.Application.Accounts.Register;
using Festival.Application.Accounts.Register.Reactions;
using Festival.Application.Email;
using Festival.Application.Outbox;
using Microsoft.Extensions.Options;

namespace Festival.Application.Tests.Accounts.Lifecycle;

public sealed class ConfirmEmailHandlerTests
{
    private readonly IUserAccounts _accounts = Substitute.For<IUserAccounts>();
    private readonly IMediator _mediator = Substitute.For<IMediator>();

    [Test]
    public async Task A_valid_token_confirms_and_publishes_EmailConfirmed()
    {
        _accounts.FindByIdAsync("user-1", Arg.Any<CancellationToken>()).Returns(Fakes.Account());
        _accounts.ConfirmEmailAsync("user-1", "good", Arg.Any<CancellationToken>()).Returns(true);

        var result = await new ConfirmEmailHandler(_accounts, _mediator, Fakes.Clock()).Handle(new ConfirmEmailCommand("user-1", "good"), CancellationToken.None);

        Assert.That(result.Succeeded, Is.True);
        Assert.That(_mediator.Published(), Is.EqualTo(new object[] { new EmailConfirmedNotification("user-1", "ada@example.org", Fakes.Now) }));
    }

    [Test]
    public async Task A_bad_token_is_refused_and_announces_nothing()
    {
        _accounts.FindByIdAsync("user-1", Arg.Any<CancellationToken>()).Returns(Fakes.Account());

        var result = await new ConfirmEmailHandler(_accounts, _mediator, Fakes.Clock()).Handle(new ConfirmEmailCommand("user-1", "bad"), CancellationToken.None);

        Assert.That(result.Errors.Single().Code, Is.EqualTo("link_invalid"));
        Assert.That(_mediator.Published(), Is.Empty);
    }

    [Test]
    public async Task Registration_asks_for_confirmation_only_when_it_is_required()
    {
        var registered = new UserRegisteredNotification("user-1", "ada@example.org", null, Fakes.Now);
        static IOptions<AccountOptions> Required(bool on) => Options.Create(new AccountOptions { RequireConfirmedEmail = on });

        await new RequestConfirmationOnRegistrationHandler(_mediator, Required(false)).Handle(registered, CancellationToken.None);
        Assert.That(_mediator.Published(), Is.Empty);

        await new RequestConfirmationOnRegistrationHandler(_mediator, Required(true)).Handle(registered, CancellationToken.None);
        Assert.That(_mediator.Published(), Is.EqualTo(new object[] { new EmailConfirmationRequestedNotification("user-1", "ada@example.org", Fakes.Now) }));
    }

    [Test]
    public async Task The_link_email_holds_a_token_made_at_sending_time_under_the_public_address()
    {
        var sender = Substitute.For<IEmailSender>();
        _accounts.FindByIdAsync("user-1", Arg.Any<CancellationToken>()).Returns(Fakes.Account());
        _accounts.CreateLinkTokenAsync("user-1", AccountLinkPurpose.ConfirmEmail, Arg.Any<CancellationToken>()).Returns("tok/en+1");
        var options = Options.Create(new AccountOptions { PublicBaseUrl = new Uri("https://festival.example.org/") });

        await new SendAccountLinkHandler(_accounts, sender, options).HandleAsync(
            new AccountLinkMessage("user-1", AccountLinkPurpose.ConfirmEmail), new OutboxDelivery(Guid.NewGuid(), "confirm-email:user-1:1", 1), CancellationToken.None);

        await sender.Received(1).SendAsync(
            Arg.Is<EmailMessage>(m => m.To == "ada@example.org"
                && m.TextBody.Contains("https://festival.example.org/Account/ConfirmEmail?userId=user-1&token=tok%2Fen%2B1", StringComparison.Ordinal)),
            "confirm-email:user-1:1", Arg.Any<CancellationToken>());
    }
}
