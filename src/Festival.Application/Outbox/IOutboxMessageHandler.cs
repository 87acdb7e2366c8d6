namespace Festival.Application.Outbox;

/// <summary>
/// Delivers one kind of outbox message, after the transaction that wrote it has committed. Found by scanning,
/// like MediatR handlers; each message type needs exactly one. Delivery is at least once: a handler may see
/// the same message again (after a crash or a lost acknowledgement), and <see cref="OutboxDelivery.IdempotencyKey"/>
/// is what lets the receiver recognise the duplicate. Throwing means "try again later".
/// </summary>
public interface IOutboxMessageHandler<in TMessage>
    where TMessage : class
{
    Task HandleAsync(TMessage message, OutboxDelivery delivery, CancellationToken cancellationToken);
}
