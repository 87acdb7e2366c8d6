using Festival.Application.Invoices;
using Festival.Application.Payments;
using Festival.Domain.Invoices;
using Microsoft.Extensions.Logging.Abstractions;

namespace Festival.Application.Tests.Payments;

/// <summary>The webhook rules in isolation: verified first, each event once, a payment recorded as a card payment under the provider's id.</summary>
public sealed class ReceivePaymentWebhookHandlerTests
{
    private static readonly PaymentWebhookRequest Request = new("{}", new Dictionary<string, string>());
    private static readonly PaymentWebhookEvent Paid = new("evt_1", PaymentWebhookKind.PaymentSucceeded, "2027", 7, 4500, "pay_1", new DateOnly(2027, 1, 15));
    private readonly IPaymentProvider _provider = Substitute.For<IPaymentProvider>();
    private readonly IPaymentEvents _events = Substitute.For<IPaymentEvents>();
    private readonly IMediator _mediator = Substitute.For<IMediator>();

    [SetUp]
    public void Provider()
    {
        _provider.Name.Returns("Test");
        _events.TryRecordAsync("Test", "evt_1", Fakes.Now, Arg.Any<CancellationToken>()).Returns(true);
        _mediator.Send(Arg.Any<RecordPaymentCommand>(), Arg.Any<CancellationToken>())
            .Returns(Result<PaymentRecordedNotification>.Success(new PaymentRecordedNotification(1, 7, "payer", 4500, PaymentMethod.Card, "pay_1", 0, null, Fakes.Now)));
    }

    private ReceivePaymentWebhookHandler Handler(params IPaymentProvider[] providers) =>
        new(providers, _events, _mediator, Fakes.Clock(), NullLogger<ReceivePaymentWebhookHandler>.Instance);

    private Task<Result<PaymentWebhookOutcome>> Receive() => Handler(_provider).Handle(new ReceivePaymentWebhookCommand(Request), CancellationToken.None);

    [Test]
    public async Task A_verified_payment_is_recorded_as_a_card_payment_with_the_providers_payment_id_as_reference()
    {
        _provider.VerifyWebhook(Request).Returns(Result<PaymentWebhookEvent>.Success(Paid));

        var result = await Receive();

        Assert.That(result.Value, Is.EqualTo(PaymentWebhookOutcome.Recorded));
        await _mediator.Received(1).Send(new RecordPaymentCommand(7, 4500, PaymentMethod.Card, "pay_1", new DateOnly(2027, 1, 15), "2027"), Arg.Any<CancellationToken>());
    }

    [Test]
    public async Task A_webhook_that_fails_verification_is_refused_before_anything_is_recorded()
    {
        _provider.VerifyWebhook(Request).Returns(Result<PaymentWebhookEvent>.Failed(PaymentErrors.SignatureInvalid));

        var result = await Receive();

        Assert.That(result.Errors.Single().Code, Is.EqualTo("webhook_signature_invalid"));
        await _events.DidNotReceiveWithAnyArgs().TryRecordAsync(default!, default!, default, default);
        await _mediator.DidNotReceiveWithAnyArgs().Send(Arg.Any<RecordPaymentCommand>(), default);
    }

    [Test]
    public async Task A_replayed_event_is_acknowledged_as_a_duplicate_and_records_nothing()
    {
        _provider.VerifyWebhook(Request).Returns(Result<PaymentWebhookEvent>.Success(Paid));
        _events.TryRecordAsync("Test", "evt_1", Fakes.Now, Arg.Any<CancellationToken>()).Returns(false);

        var result = await Receive();

        Assert.That(result.Value, Is.EqualTo(PaymentWebhookOutcome.Duplicate));
        await _mediator.DidNotReceiveWithAnyArgs().Send(Arg.Any<RecordPaymentCommand>(), default);
    }

    [Test]
    public async Task Another_event_for_a_payment_already_on_the_invoice_is_a_duplicate_not_an_error()
    {
        _provider.VerifyWebhook(Request).Returns(Result<PaymentWebhookEvent>.Success(Paid));
        _mediator.Send(Arg.Any<RecordPaymentCommand>(), Arg.Any<CancellationToken>())
            .Returns(Result<PaymentRecordedNotification>.Failed(InvoiceErrors.ReferenceTaken("pay_1", 7)));

        Assert.That((await Receive()).Value, Is.EqualTo(PaymentWebhookOutcome.Duplicate));
    }

    [Test]
    public async Task An_event_that_is_not_a_payment_is_acknowledged_and_records_nothing()
    {
        _provider.VerifyWebhook(Request).Returns(Result<PaymentWebhookEvent>.Success(Paid with { Kind = PaymentWebhookKind.Other }));

        Assert.That((await Receive()).Value, Is.EqualTo(PaymentWebhookOutcome.Ignored));
        await _mediator.DidNotReceiveWithAnyArgs().Send(Arg.Any<RecordPaymentCommand>(), default);
    }

    [Test]
    public async Task Without_a_provider_every_webhook_is_refused()
    {
        var result = await Handler().Handle(new ReceivePaymentWebhookCommand(Request), CancellationToken.None);

        Assert.That(result.Errors.Single().Code, Is.EqualTo("payments_disabled"));
    }
}
