namespace Festival.Application.Email;

/// <summary>Sends an email now. Only the outbox calls it, after commit; handlers enqueue an <see cref="EmailMessage"/> instead.</summary>
public interface IEmailSender
{
    /// <summary>
    /// Sends <paramref name="message"/>. The same <paramref name="idempotencyKey"/> always yields the same
    /// Message-Id, so a duplicate delivery is recognisable to the receiver.
    /// </summary>
    Task SendAsync(EmailMessage message, string idempotencyKey, CancellationToken cancellationToken);
}
