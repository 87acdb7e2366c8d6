namespace Festival.Domain.Invoices;

/// <summary>A payment staff recorded against an invoice; its reference (cheque number, transfer id…) is unique per invoice.</summary>
public sealed class Payment
{
    public const int MaxReferenceLength = 100;

    private Payment()
    {
    }

    internal Payment(long amountCents, PaymentMethod method, string reference, DateOnly receivedOn, string? recordedByUserId, DateTimeOffset recordedAt)
    {
        AmountCents = amountCents;
        Method = method;
        Reference = reference;
        ReceivedOn = receivedOn;
        RecordedByUserId = recordedByUserId;
        RecordedAt = recordedAt;
    }

    public int Id { get; private set; }

    public int InvoiceId { get; private set; }

    public long AmountCents { get; private set; }

    public PaymentMethod Method { get; private set; }

    public string Reference { get; private set; } = string.Empty;

    public DateOnly ReceivedOn { get; private set; }

    public string? RecordedByUserId { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }
}
