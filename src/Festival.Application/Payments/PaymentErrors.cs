namespace Festival.Application.Payments;

public static class PaymentErrors
{
    public static Error Disabled => Error.NotFound("payments_disabled", "This festival does not take payments online; pay the festival office as your invoice says.");

    public static Error NothingToPay(int number) => Error.Conflict("invoice_paid", $"Invoice {number} has nothing left to pay.");

    public static Error SignatureInvalid => Error.Validation("Signature", "webhook_signature_invalid", "The webhook's signature is missing or does not match its body.");

    public static Error TimestampStale => Error.Validation("Signature", "webhook_timestamp_stale", "The webhook's timestamp is too far from now; it may be a replay.");

    public static Error PayloadInvalid(string why) => Error.Validation("Body", "webhook_payload_invalid", $"The webhook could not be read: {why}");
}
