using System.Text.Json.Serialization;

namespace Festival.Infrastructure.Payments.Test;

/// <summary>
/// One checkout of the test provider. It travels inside the checkout page's address, encrypted and signed by data
/// protection (keys in the database, so any instance opens it), as a real provider keeps it on its own servers.
/// </summary>
public sealed record TestCheckoutSession(
    string Id, string Season, int InvoiceNumber, long AmountCents, string Description, string PayerEmail, Uri ReturnUrl, Uri CancelUrl)
{
    /// <summary>The provider's id of the payment a checkout makes: one per checkout, so paying twice cannot charge twice.</summary>
    [JsonIgnore]
    public string PaymentId => $"pay_{Id["cs_".Length..]}";

    [JsonIgnore]
    public string EventId => $"evt_{Id["cs_".Length..]}";
}
