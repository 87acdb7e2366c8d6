using Festival.Application.Accounts.Register;
using Festival.Application.Accounts.Register.Reactions;
using Festival.Application.Email;
using Festival.Application.Outbox;

namespace Festival.Application.Tests.Accounts.Register;

public sealed class WelcomeEmailHandlerTests
{
    private readonly IOutbox _outbox = Substitute.For<IOutbox>();

    [Test]
    public async Task Enqueues_one_welcome_email_to_the_new_user_keyed_by_their_id()
    {
        await new WelcomeEmailHandler(_outbox)
            .Handle(new UserRegisteredNotification("user-1", "ada@example.org", "Ada", Fakes.Now), CancellationToken.None);

        await _outbox.Received(1).EnqueueAsync(
            Arg.Is<EmailMessage>(m => m.To == "ada@example.org" && m.Subject == "Welcome to Festival" && m.TextBody.Contains("Hello Ada,")),
            "welcome:user-1",
            Arg.Any<CancellationToken>());
        Assert.That(_outbox.ReceivedCalls(), Has.Exactly(1).Items, "it only writes to the outbox");
    }

    [Test]
    public async Task Greets_by_email_address_when_there_is_no_display_name()
    {
        await new WelcomeEmailHandler(_outbox)
            .Handle(new UserRegisteredNotification("user-1", "ada@example.org", null, Fakes.Now), CancellationToken.None);

        await _outbox.Received(1).EnqueueAsync(
            Arg.Is<EmailMessage>(m => m.TextBody.StartsWith("Hello ada@example.org,", StringComparison.Ordinal)), "welcome:user-1", Arg.Any<CancellationToken>());
    }
}
