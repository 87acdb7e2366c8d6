using Festival.Application.Outbox;

namespace Festival.Application.Tests.Outbox;

public sealed class RetryOutboxMessageHandlerTests
{
    private readonly IOutboxMessages _messages = Substitute.For<IOutboxMessages>();

    [Test]
    public async Task Requeues_the_dead_letter_as_of_now()
    {
        var id = Guid.NewGuid();
        _messages.RequeueDeadLetterAsync(id, Fakes.Now, Arg.Any<CancellationToken>()).Returns(true);

        var result = await new RetryOutboxMessageHandler(_messages, Fakes.Clock()).Handle(new RetryOutboxMessageCommand(id), CancellationToken.None);

        Assert.That(result.Succeeded, Is.True);
        await _messages.Received(1).RequeueDeadLetterAsync(id, Fakes.Now, Arg.Any<CancellationToken>());
    }

    [Test]
    public async Task A_message_that_is_not_dead_lettered_is_not_found()
    {
        _messages.RequeueDeadLetterAsync(Arg.Any<Guid>(), Arg.Any<DateTimeOffset>(), Arg.Any<CancellationToken>()).Returns(false);

        var result = await new RetryOutboxMessageHandler(_messages, Fakes.Clock()).Handle(new RetryOutboxMessageCommand(Guid.NewGuid()), CancellationToken.None);

        Assert.That(result.Errors.Single(), Has.Property("Kind").EqualTo(ErrorKind.NotFound).And.Property("Code").EqualTo("dead_letter_not_found"));
    }
}
