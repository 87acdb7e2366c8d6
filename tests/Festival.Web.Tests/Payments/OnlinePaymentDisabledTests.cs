using System.Net;
using Festival.Domain.Syllabus;
using Festival.Web.Tests.Entries;

namespace Festival.Web.Tests.Payments;

/// <summary>A festival that takes no payments online (the default): no button, no checkout, and the webhook endpoint refuses everything.</summary>
public sealed class OnlinePaymentDisabledTests
{
    [Test]
    public async Task Without_a_provider_the_invoice_has_no_pay_button_and_checkout_and_webhooks_answer_404()
    {
        await using var factory = new FestivalWebFactory();
        var classes = await FestivalSetup.SeasonAsync(factory, DateTimeOffset.UtcNow.AddDays(30), ("2105", ClassType.Solo, null, null, 300, 20m));
        using var family = (await EntryApiSteps.FamilyAsync(factory, classes, "pay.none@example.org", "2105")).Session;

        var page = await family.GetPageAsync("/Entries/Invoice");
        var checkout = await family.PostJsonAsync("/api/entries/invoice/checkout", new { });
        var webhook = await family.PostRawJsonAsync(Festival.Web.Api.PaymentEndpoints.WebhookPath, "{}");
        var hostedPage = await family.GetAsync("/test-checkout/anything");

        Assert.That(page, Does.Not.Contain("id=\"pay-online\""));
        Assert.That(checkout.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(await checkout.Content.ReadAsStringAsync(), Does.Contain("payments_disabled"));
        Assert.That(webhook.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(hostedPage.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }
}
