using Festival.Application.Payments;
using Festival.Infrastructure.Payments;
using Microsoft.Extensions.Options;

namespace Festival.Infrastructure.Tests.Payments;

/// <summary>The payment configuration is checked at start: a provider needs a long enough secret, and None registers no provider.</summary>
public sealed class PaymentOptionsTests
{
    [TestCase(null)]
    [TestCase("too-short")]
    public void The_test_provider_without_a_long_secret_is_refused(string? secret)
    {
        using var database = new TestDatabase();
        using var services = FestivalTestServices.Create(database, settings: new Dictionary<string, string?>
        {
            ["Festival:Payments:Provider"] = "Test",
            ["Festival:Payments:WebhookSecret"] = secret,
        });

        var error = Assert.Throws<OptionsValidationException>(() => _ = services.GetRequiredService<IOptions<PaymentOptions>>().Value);
        Assert.That(error!.Message, Does.Contain("Festival:Payments:WebhookSecret"));
    }

    [Test]
    public void By_default_no_provider_is_registered_and_with_Test_the_test_provider_is()
    {
        using var database = new TestDatabase();
        using var none = FestivalTestServices.Create(database);
        using var test = FestivalTestServices.Create(database, settings: new Dictionary<string, string?>
        {
            ["Festival:Payments:Provider"] = "Test",
            ["Festival:Payments:WebhookSecret"] = new string('s', PaymentOptions.MinSecretLength),
        });

        Assert.That(none.GetServices<IPaymentProvider>(), Is.Empty);
        Assert.That(test.GetServices<IPaymentProvider>().Select(p => p.Name), Is.EqualTo(new[] { "Test" }));
    }
}
