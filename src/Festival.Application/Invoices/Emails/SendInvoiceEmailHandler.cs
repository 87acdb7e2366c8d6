using Festival.Application.Email;
using Festival.Application.Outbox;

namespace Festival.Application.Invoices.Emails;

/// <summary>Delivers an <see cref="InvoiceEmail"/>: writes the invoice's PDF, attaches it and sends the email.</summary>
internal sealed class SendInvoiceEmailHandler(IInvoices invoices, IInvoiceDocuments documents, IEmailSender sender) : IOutboxMessageHandler<InvoiceEmail>
{
    public async Task HandleAsync(InvoiceEmail message, OutboxDelivery delivery, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(delivery);
        var email = message.Email;
        if (await invoices.ViewAsync(message.InvoiceId, cancellationToken) is { } invoice)
        {
            var pdf = InvoiceFiles.Pdf(invoice, documents);
            email = email with { Attachments = [.. email.Attachments, new EmailAttachment(pdf.FileName, pdf.ContentType, pdf.Content)] };
        }

        await sender.SendAsync(email, delivery.IdempotencyKey, cancellationToken);
    }
}
