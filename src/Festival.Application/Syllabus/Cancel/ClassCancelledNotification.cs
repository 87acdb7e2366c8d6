namespace Festival.Application.Syllabus.Cancel;

/// <summary>A class was cancelled; <paramref name="Credits"/> lists the credit notes it put on payers' invoices.</summary>
public sealed record ClassCancelledNotification(
    int ClassId, int SeasonId, string ClassCode, string ClassName, string Reason, IReadOnlyList<int> EntryIds, IReadOnlyList<EntryCredit> Credits,
    string? ActorUserId, DateTimeOffset At) : INotification;

/// <summary>Credit note <paramref name="CreditNoteNumber"/> on invoice <paramref name="InvoiceNumber"/> for a cancelled entry; the balance after it.</summary>
public sealed record EntryCredit(string PayerUserId, int InvoiceId, int InvoiceNumber, int EntryId, int CreditNoteNumber, long AmountCents, long BalanceCents);
