namespace Festival.Application.Email;

/// <summary>An email to one recipient, stored in the outbox as JSON until it is sent.</summary>
public sealed record EmailMessage(string To, string Subject, string TextBody, string? HtmlBody = null);
