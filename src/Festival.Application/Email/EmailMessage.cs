namespace Festival.Application.Email;

/// <summary>An email to one recipient, stored in the outbox as JSON until it is sent.</summary>
public sealed record EmailMessage(string To, string Subject, string TextBody, string? HtmlBody = null)
{
    /// <summary>Files sent with the email (an invoice PDF); empty for most emails.</summary>
    public IReadOnlyList<EmailAttachment> Attachments { get; init; } = [];

    /// <summary>Two emails are equal when their text and their attachments' names, types and bytes are (not the lists' identity).</summary>
    public bool Equals(EmailMessage? other) =>
        other is not null && To == other.To && Subject == other.Subject && TextBody == other.TextBody && HtmlBody == other.HtmlBody
        && Attachments.Count == other.Attachments.Count
        && Attachments.Zip(other.Attachments).All(pair => pair.First.FileName == pair.Second.FileName && pair.First.ContentType == pair.Second.ContentType
            && pair.First.Content.AsSpan().SequenceEqual(pair.Second.Content));

    public override int GetHashCode() => HashCode.Combine(To, Subject, TextBody, HtmlBody, Attachments.Count);
}

/// <summary>A file attached to an email.</summary>
public sealed record EmailAttachment(string FileName, string ContentType, byte[] Content);
