using System.Globalization;
using Festival.Application.Email;
using Festival.Application.Outbox;
using Festival.Application.Profiles;
using Festival.Application.Syllabus.Cancel;

namespace Festival.Application.Invoices.Emails;

/// <summary>
/// Tells the payer, through the outbox and with the invoice PDF attached, when their invoice is issued, when a payment is
/// recorded on it, and when a cancelled class is credited on it.
/// </summary>
internal sealed class InvoiceEmailHandler(IProfiles profiles, IOutbox outbox)
    : INotificationHandler<InvoiceIssuedNotification>,
        INotificationHandler<PaymentRecordedNotification>,
        INotificationHandler<ClassCancelledNotification>
{
    public Task Handle(InvoiceIssuedNotification notification, CancellationToken cancellationToken) =>
        SendAsync(notification.PayerUserId, notification.InvoiceId, $"invoice-issued:{notification.InvoiceId}",
            $"Your festival invoice {notification.Number}",
            name => $"""
                Hello {name},

                Thank you for your entries. Your invoice number {notification.Number} is attached as a PDF; it grows with the entries you submit this season, and it is always on your Entries page.

                The Festival team
                """,
            cancellationToken);

    public Task Handle(PaymentRecordedNotification notification, CancellationToken cancellationToken) =>
        SendAsync(notification.PayerUserId, notification.InvoiceId, $"payment-recorded:{notification.InvoiceId}:{notification.Reference}",
            $"Payment received for invoice {notification.Number}",
            name => $"""
                Hello {name},

                We recorded your payment of {Money(notification.AmountCents)} ({notification.Method}, reference {notification.Reference}) on invoice {notification.Number}.
                {Balance(notification.BalanceCents)}

                The updated invoice is attached.

                The Festival team
                """,
            cancellationToken);

    public async Task Handle(ClassCancelledNotification notification, CancellationToken cancellationToken)
    {
        foreach (var payer in notification.Credits.GroupBy(c => (c.PayerUserId, c.InvoiceId)))
        {
            var credits = payer.ToList();
            await SendAsync(payer.Key.PayerUserId, payer.Key.InvoiceId, $"class-cancelled:{notification.ClassId}:{payer.Key.InvoiceId}",
                $"Class {notification.ClassCode} is cancelled",
                name => $"""
                    Hello {name},

                    The festival has cancelled class {notification.ClassCode} {notification.ClassName}: {notification.Reason}

                    {string.Join(Environment.NewLine, credits.Select(c => $"Credit note {c.CreditNoteNumber} of {Money(c.AmountCents)} is on your invoice {c.InvoiceNumber}."))}
                    {Balance(credits[^1].BalanceCents)}

                    The updated invoice is attached.

                    The Festival team
                    """,
                cancellationToken);
        }
    }

    private async Task SendAsync(string payerUserId, int invoiceId, string key, string subject, Func<string, string> body, CancellationToken cancellationToken)
    {
        if (await profiles.FindPrimaryAsync(payerUserId, cancellationToken) is not { } payer)
        {
            return;
        }

        await outbox.EnqueueAsync(new InvoiceEmail(invoiceId, new EmailMessage(payer.Email, subject, body(payer.DisplayName ?? payer.Email))), key, cancellationToken);
    }

    private static string Balance(long cents) =>
        cents > 0 ? $"The balance due is now {Money(cents)}."
        : cents < 0 ? $"The festival now owes you {Money(-cents)}; the office will refund it."
        : "Your invoice is paid in full.";

    private static string Money(long cents) => (cents / 100m).ToString("0.00", CultureInfo.InvariantCulture);
}
