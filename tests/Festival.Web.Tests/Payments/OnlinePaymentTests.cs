using System.Net;
using System.Text.Json;
using Festival.Domain.Syllabus;
using Festival.Infrastructure.Payments;
using Festival.Infrastructure.Payments.Test;
using Festival.Infrastructure.Persistence;
using Festival.Web.Tests.Entries;
using Microsoft.EntityFrameworkCore;

namespace Festival.Web.Tests.Payments;

/// <summary>
/// Paying an invoice online with the test provider, over HTTP as a browser and the provider would: the invoice page's
/// button, the hosted checkout, the signed webhook posted back through the outbox, the invoice paid and its entries
/// locked; a webhook delivered twice records one payment; a forged one is refused and records nothing.
/// </summary>
public sealed class OnlinePaymentTests
{
    private const string Secret = "test-webhook-secret-0123456789abcdef";
    private FestivalWebFactory _factory = null!;
    private Dictionary<string, int> _classes = null!;

    [OneTimeSetUp]
    public async Task StartHost()
    {
        FestivalWebFactory? app = null;
        app = new FestivalWebFactory(
            settings: new Dictionary<string, string?>
            {
                ["Festival:Payments:Provider"] = "Test",
                ["Festival:Payments:WebhookSecret"] = Secret,
                ["Festival:Payments:TestWebhookUrl"] = "https://localhost" + Festival.Web.Api.PaymentEndpoints.WebhookPath,
                ["Festival:Outbox:PollInterval"] = "00:00:00.200",
            },
            // The provider's webhooks reach this in-memory app, as they would reach its public address.
            configureServices: services => services.AddHttpClient(TestPaymentProvider.WebhookClient)
                .ConfigurePrimaryHttpMessageHandler(() => app!.Server.CreateHandler()));
        _factory = app;
        _classes = await FestivalSetup.SeasonAsync(_factory, DateTimeOffset.UtcNow.AddDays(30),
            ("2105", ClassType.Solo, null, null, 300, 20m), ("2106", ClassType.Solo, null, null, null, 25m));
    }

    [OneTimeTearDown]
    public Task StopHost() => _factory.DisposeAsync().AsTask();

    private static Task<JsonElement> JsonOf(HttpResponseMessage response, HttpStatusCode expected) => EntryApiSteps.JsonOf(response, expected);

    /// <summary>A family with one child entered in <paramref name="classCodes"/>; returns the session, its entry ids and its invoice number.</summary>
    private async Task<(WebSession Session, int[] EntryIds, int Invoice)> FamilyAsync(string email, params string[] classCodes)
    {
        var (session, entries) = await EntryApiSteps.FamilyAsync(_factory, _classes, email, classCodes);
        var invoice = await JsonOf(await session.GetAsync("/api/entries/invoice"), HttpStatusCode.OK);
        return (session, entries, invoice.GetProperty("number").GetInt32());
    }

    private async Task<T> Db<T>(Func<FestivalDbContext, Task<T>> query)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<FestivalDbContext>());
    }

    private async Task<(long Paid, string[] References)> PaymentsAsync(int invoiceNumber)
    {
        var rows = await Db(db => db.Invoices.Where(i => i.Number == invoiceNumber)
            .Select(i => i.Payments.Select(p => new { p.AmountCents, p.Reference }).ToList()).SingleAsync());
        return (rows.Sum(r => r.AmountCents), [.. rows.Select(r => r.Reference)]);
    }

    private static HttpRequestMessage Webhook(string body, string signature) => new(HttpMethod.Post, Festival.Web.Api.PaymentEndpoints.WebhookPath)
    {
        Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json"),
        Headers = { { WebhookSignature.Header, signature } },
    };

    private static string PaidBody(string season, int invoice, long amountCents, string checkout) =>
        TestPaymentProvider.PaidWebhookBody(
            new TestCheckoutSession(checkout, season, invoice, amountCents, "test", "payer@example.org", new Uri("https://localhost/"), new Uri("https://localhost/")),
            DateTimeOffset.UtcNow);

    [Test]
    public async Task A_payer_pays_through_the_hosted_checkout_the_webhook_records_the_payment_and_the_entries_are_locked()
    {
        var (family, entries, number) = await FamilyAsync("pay.online@example.org", "2105", "2106");

        var invoicePage = await family.GetPageAsync("/Entries/Invoice");
        Assert.That(invoicePage, Does.Contain("id=\"pay-online\"").And.Contain("Pay online (45.00)"));
        var toCheckout = await family.PostFormAsync("/Entries/Invoice?handler=Pay", [], "/Entries/Invoice");
        Assert.That(toCheckout.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var checkoutUrl = toCheckout.Headers.Location!.OriginalString;
        Assert.That(checkoutUrl, Does.StartWith(TestPaymentProvider.CheckoutPath));

        // The hosted checkout is the provider's page: the payer reaches it without the festival's cookie.
        using var payer = _factory.Session();
        var checkout = await payer.GetPageAsync(checkoutUrl);
        Assert.That(checkout, Does.Contain("id=\"checkout-amount\">45.00<"));
        var back = await payer.PostFormAsync(checkoutUrl, new() { ["pay"] = "true" });
        Assert.That(back.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(back.Headers.Location!.PathAndQuery, Is.EqualTo("/Entries/Invoice?checkout=paid"));

        await Wait.UntilAsync(async () => (await PaymentsAsync(number)).Paid == 4500, "the webhook to record the payment");
        var invoice = await JsonOf(await family.GetAsync("/api/entries/invoice"), HttpStatusCode.OK);
        Assert.That(invoice.GetProperty("balanceCents").GetInt64(), Is.Zero);
        var payment = invoice.GetProperty("payments")[0];
        Assert.That(payment.GetProperty("method").GetString(), Is.EqualTo("Card"));
        Assert.That(payment.GetProperty("reference").GetString(), Does.StartWith("pay_"));
        var locked = await JsonOf(await family.PostJsonAsync($"/api/entries/{entries[0]}/withdraw", new { }), HttpStatusCode.Conflict);
        Assert.That(locked.GetProperty("code").GetString(), Is.EqualTo("entry_paid"));
        var paidPage = await family.GetPageAsync("/Entries/Invoice?checkout=paid");
        Assert.That(paidPage, Does.Contain("id=\"checkout-outcome\"").And.Not.Contain("id=\"pay-online\""), "nothing left to pay online");
        var nothingToPay = await JsonOf(await family.PostJsonAsync("/api/entries/invoice/checkout", new { }), HttpStatusCode.Conflict);
        Assert.That(nothingToPay.GetProperty("code").GetString(), Is.EqualTo("invoice_paid"));

        // Clicking Pay again (back button) queues no second webhook: one payment.
        var webhooks = await Db(db => db.OutboxMessages.CountAsync(m => m.IdempotencyKey.StartsWith("test-payment-webhook:")));
        await payer.PostFormAsync(checkoutUrl, new() { ["pay"] = "true" });
        Assert.That(await Db(db => db.OutboxMessages.CountAsync(m => m.IdempotencyKey.StartsWith("test-payment-webhook:"))), Is.EqualTo(webhooks));
        Assert.That((await PaymentsAsync(number)).References, Has.Length.EqualTo(1));
    }

    [Test]
    public async Task Cancelling_the_checkout_returns_to_the_invoice_and_records_nothing()
    {
        var (family, _, number) = await FamilyAsync("pay.cancel@example.org", "2105");
        var checkout = await JsonOf(await family.PostJsonAsync("/api/entries/invoice/checkout", new { }), HttpStatusCode.OK);
        var url = checkout.GetProperty("redirectUrl").GetString()!;
        using var payer = _factory.Session();

        var back = await payer.PostFormAsync(url, new() { ["pay"] = "false" });

        Assert.That(back.Headers.Location!.PathAndQuery, Is.EqualTo("/Entries/Invoice?checkout=cancelled"));
        Assert.That(checkout.GetProperty("providerReference").GetString(), Does.StartWith("cs_"));
        Assert.That((await PaymentsAsync(number)).References, Is.Empty);
        Assert.That((await payer.GetAsync(url.Replace(url[^4..], "AAAA", StringComparison.Ordinal))).StatusCode, Is.EqualTo(HttpStatusCode.NotFound), "an altered checkout address");
    }

    [Test]
    public async Task A_webhook_delivered_twice_records_one_payment()
    {
        var (_, _, number) = await FamilyAsync("pay.twice@example.org", "2105");
        var body = PaidBody("2027", number, 2000, "cs_twice0000000000000000000000000");
        using var provider = _factory.Session();

        var first = await JsonOf(await provider.Client.SendAsync(Webhook(body, WebhookSignature.Sign(Secret, DateTimeOffset.UtcNow, body))), HttpStatusCode.OK);
        var second = await JsonOf(await provider.Client.SendAsync(Webhook(body, WebhookSignature.Sign(Secret, DateTimeOffset.UtcNow, body))), HttpStatusCode.OK);

        Assert.That(first.GetProperty("outcome").GetString(), Is.EqualTo("Recorded"));
        Assert.That(second.GetProperty("outcome").GetString(), Is.EqualTo("Duplicate"));
        var (paid, references) = await PaymentsAsync(number);
        Assert.That(paid, Is.EqualTo(2000));
        Assert.That(references, Is.EqualTo(new[] { "pay_twice0000000000000000000000000" }));
    }

    [Test]
    public async Task A_forged_altered_or_stale_webhook_is_refused_with_400_and_records_nothing()
    {
        var (_, _, number) = await FamilyAsync("pay.forged@example.org", "2105");
        var body = PaidBody("2027", number, 2000, "cs_forged000000000000000000000000");
        using var attacker = _factory.Session();

        var forged = await attacker.Client.SendAsync(Webhook(body, WebhookSignature.Sign("not-the-secret-0123456789abcdefghij", DateTimeOffset.UtcNow, body)));
        var altered = await attacker.Client.SendAsync(Webhook(body.Replace("2000", "1", StringComparison.Ordinal), WebhookSignature.Sign(Secret, DateTimeOffset.UtcNow, body)));
        var stale = await attacker.Client.SendAsync(Webhook(body, WebhookSignature.Sign(Secret, DateTimeOffset.UtcNow.AddHours(-1), body)));
        var unsigned = await attacker.PostRawJsonAsync(Festival.Web.Api.PaymentEndpoints.WebhookPath, body);

        Assert.That(new[] { forged.StatusCode, altered.StatusCode, stale.StatusCode, unsigned.StatusCode }, Is.All.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await stale.Content.ReadAsStringAsync(), Does.Contain("too far from now"));
        Assert.That((await PaymentsAsync(number)).References, Is.Empty);
        var events = await Db(db => db.PaymentWebhookEvents.CountAsync(e => e.EventId == "evt_forged000000000000000000000000"));
        Assert.That(events, Is.Zero, "a refused webhook does not use up its event id");
    }
}
