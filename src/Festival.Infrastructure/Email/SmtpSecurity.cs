namespace Festival.Infrastructure.Email;

/// <summary>How the SMTP connection is secured; maps onto MailKit's <c>SecureSocketOptions</c>.</summary>
public enum SmtpSecurity
{
    /// <summary>Plain text. Only for a server on the same machine or a test.</summary>
    None,

    /// <summary>Connect in plain text, then require STARTTLS (usually port 587).</summary>
    StartTls,

    /// <summary>TLS from the first byte (usually port 465).</summary>
    SslOnConnect,

    /// <summary>TLS on port 465, otherwise STARTTLS when the server offers it.</summary>
    Auto,
}
