using Festival.Application.Audit;

namespace Festival.Application.Tests.Audit;

public sealed class ListAuditEventsHandlerTests
{
    [Test]
    public async Task Passes_trimmed_filters_and_a_clamped_page_to_the_trail()
    {
        var trail = Substitute.For<IAuditTrail>();

        await new ListAuditEventsHandler(trail).Handle(new ListAuditEventsQuery(" user-1 ", "  ", Page: -3, PageSize: 0), CancellationToken.None);

        await trail.Received(1).ListAsync("user-1", null, 1, 1, Arg.Any<CancellationToken>());
    }
}
