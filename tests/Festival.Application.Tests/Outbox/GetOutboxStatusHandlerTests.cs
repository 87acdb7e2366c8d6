using Festival.Application.Outbox;

namespace Festival.Application.Tests.Outbox;

public sealed class GetOutboxStatusHandlerTests
{
    [Test]
    public async Task Returns_the_counts_and_a_page_of_dead_letters_with_the_page_size_clamped()
    {
        var messages = Substitute.For<IOutboxMessages>();
        var counts = new OutboxCounts(3, 10, 1);
        var page = new PagedList<DeadLetter>([], 1, GetOutboxStatusQuery.MaxPageSize, 1);
        messages.CountAsync(Arg.Any<CancellationToken>()).Returns(counts);
        messages.ListDeadLettersAsync(1, GetOutboxStatusQuery.MaxPageSize, Arg.Any<CancellationToken>()).Returns(page);

        var status = await new GetOutboxStatusHandler(messages).Handle(new GetOutboxStatusQuery(Page: 0, PageSize: 100_000), CancellationToken.None);

        Assert.That(status, Is.EqualTo(new OutboxStatus(counts, page)));
    }
}
