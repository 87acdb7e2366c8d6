using Festival.Application.Outbox;
using MediatR;
using Microsoft.Extensions.Options;

namespace Festival.Infrastructure.Payments.Test;

/// <summary>The test provider's checkout page: what it asks the payer to pay. Not found when the test provider is off or the address was altered.</summary>
public sealed record GetTestCheckoutQuery(string Session) : IRequest<Result<TestCheckoutSession>>;

/// <summary>
/// The payer clicks Pay (<paramref name="Pay"/>) or Cancel on the test checkout page. Pay queues the signed
/// <c>payment.succeeded</c> webhook (once per checkout, however often it is clicked); either way the answer is where
/// to send the payer back to.
/// </summary>
public sealed record CompleteTestCheckoutCommand(string Session, bool Pay) : IRequest<Result<Uri>>, ITransactionalRequest;

internal sealed class TestCheckoutHandlers(TestPaymentProvider provider, IOptions<PaymentOptions> options, IOutbox outbox, TimeProvider clock)
    : IRequestHandler<GetTestCheckoutQuery, Result<TestCheckoutSession>>, IRequestHandler<CompleteTestCheckoutCommand, Result<Uri>>
{
    private static Error NotFound => Error.NotFound("checkout_not_found", "There is no such checkout.");

    public Task<Result<TestCheckoutSession>> Handle(GetTestCheckoutQuery request, CancellationToken cancellationToken) =>
        Task.FromResult(Open(request.Session) is { } session ? Result<TestCheckoutSession>.Success(session) : NotFound);

    public async Task<Result<Uri>> Handle(CompleteTestCheckoutCommand request, CancellationToken cancellationToken)
    {
        if (Open(request.Session) is not { } session)
        {
            return NotFound;
        }

        if (!request.Pay)
        {
            return Result<Uri>.Success(session.CancelUrl);
        }

        await outbox.EnqueueAsync(new TestPaymentWebhookMessage(TestPaymentProvider.PaidWebhookBody(session, clock.GetUtcNow())),
            $"test-payment-webhook:{session.Id}", cancellationToken);
        return Result<Uri>.Success(session.ReturnUrl);
    }

    private TestCheckoutSession? Open(string token) =>
        options.Value.Provider == PaymentProviderKind.Test ? provider.OpenSession(token) : null;
}
