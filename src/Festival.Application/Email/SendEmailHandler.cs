using Festival.Application.Outbox;

namespace Festival.Application.Email;

/// <summary>Delivers an outbox email through the configured sender.</summary>
internal sealed class SendEmailHandler(IEmailSender sender) : IOutboxMessageHandler<EmailMessage>
{
    public Task HandleAsync(EmailMessage message, OutboxDelivery delivery, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        return sender.SendAsync(message, delivery.IdempotencyKey, cancellationToken);
    }
}
