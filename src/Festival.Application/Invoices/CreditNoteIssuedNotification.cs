namespace Festival.Application.Invoices;

/// <summary>A credit note was put on a payer's invoice; <paramref name="BalanceCents"/> is the balance after it (negative: owed to the payer).</summary>
public sealed record CreditNoteIssuedNotification(
    int InvoiceId, int InvoiceNumber, int CreditNoteNumber, int SeasonId, string PayerUserId, int EntryId, long AmountCents, long BalanceCents,
    string Reason, string? ActorUserId, DateTimeOffset At) : INotification;
