using System.Security.Cryptography;
using System.Text;
using Festival.Application.Email;
using MimeKit;

namespace Festival.Infrastructure.Email;

/// <summary>Turns an <see cref="EmailMessage"/> into the MIME message both senders write.</summary>
internal static class EmailMime
{
    public static MimeMessage Build(EmailMessage email, string idempotencyKey, EmailOptions options, DateTimeOffset date)
    {
        ArgumentNullException.ThrowIfNull(email);
        ArgumentNullException.ThrowIfNull(options);
        var message = new MimeMessage
        {
            Subject = email.Subject,
            Date = date,
            MessageId = MessageId(idempotencyKey, options.FromAddress),
            Body = Body(email),
        };
        message.From.Add(new MailboxAddress(options.FromName, options.FromAddress));
        message.To.Add(MailboxAddress.Parse(email.To));
        return message;
    }

    private static MimeEntity Body(EmailMessage email)
    {
        var body = new BodyBuilder { TextBody = email.TextBody, HtmlBody = email.HtmlBody };
        foreach (var attachment in email.Attachments ?? [])
        {
            body.Attachments.Add(attachment.FileName, attachment.Content, ContentType.Parse(attachment.ContentType));
        }

        return body.ToMessageBody();
    }

    /// <summary>
    /// The same key always gives the same Message-Id, so a message delivered twice (at-least-once) is
    /// recognisably one message. Hashed: the key may name a user id, which has no business in a header.
    /// </summary>
    public static string MessageId(string idempotencyKey, string fromAddress)
    {
        ArgumentNullException.ThrowIfNull(fromAddress);
        var domain = fromAddress[(fromAddress.LastIndexOf('@') + 1)..];
        return $"{KeyHash(idempotencyKey)}@{(domain.Length > 0 ? domain : "festival.local")}";
    }

    /// <summary>A short, file-name-safe, stable stand-in for an idempotency key.</summary>
    public static string KeyHash(string idempotencyKey) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(idempotencyKey)))[..32];
}
