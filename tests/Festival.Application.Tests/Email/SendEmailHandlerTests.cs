using Festival.Application.Email;
using Festival.Application.Outbox;

namespace Festival.Application.Tests.Email;

public sealed class SendEmailHandlerTests
{
    [Test]
    public async Task Sends_the_message_with_its_idempotency_key()
    {
        var sender = Substitute.For<IEmailSender>();
        var email = new EmailMessage("ada@example.org", "Hi", "Hello");

        await new SendEmailHandler(sender).HandleAsync(email, new OutboxDelivery(Guid.NewGuid(), "welcome:user-1", 2), CancellationToken.None);

        await sender.Received(1).SendAsync(email, "welcome:user-1", Arg.Any<CancellationToken>());
    }

    [Test]
    public void A_failing_sender_fails_the_delivery_so_the_outbox_retries_it()
    {
        var sender = Substitute.For<IEmailSender>();
        sender.SendAsync(default!, default!, default).ReturnsForAnyArgs(Task.FromException(new IOException("connection refused")));

        Assert.ThrowsAsync<IOException>(() =>
            new SendEmailHandler(sender).HandleAsync(new EmailMessage("a@example.org", "s", "b"), new OutboxDelivery(Guid.NewGuid(), "k", 0), CancellationToken.None));
    }
}
