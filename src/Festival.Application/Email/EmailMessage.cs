namespace Festival.Application.Email;

/// <summary>An email to one recipient, stored in the outbox as JSON until it is sent.</summary>
public sealed record EmailMessage(string To, string Subject, string TextBody, string? HtmlBody = null)
{
    /// <summary>Files sent with the email (an invoice PDF); empty for most emails.</summary>
    public IReadOnlyList<EmailAttachment> Attachments { get; init; } = [];
}

/// <summary>A file attached to an email.</summary>
public sealed record EmailAttachment(string FileName, string ContentType, byte[] Content);
