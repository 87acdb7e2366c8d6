using Festival.Application.Email;

namespace Festival.Application.Invoices.Emails;

/// <summary>
/// An outbox message: <paramref name="Email"/> with invoice <paramref name="InvoiceId"/> attached as a PDF. The PDF is written
/// when the email is sent, not when it is queued, so the transaction that queues it stays short and the outbox row small;
/// the payer gets the invoice as it stands at sending.
/// </summary>
public sealed record InvoiceEmail(int InvoiceId, EmailMessage Email);
