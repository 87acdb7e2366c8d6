using System.Text;
using MimeKit;

namespace Festival.Testing.Smtp;

/// <summary>One message a <see cref="TestSmtpServer"/> accepted: the envelope, and the data exactly as sent (dot-unstuffed).</summary>
public sealed record SmtpReceivedMessage(string From, IReadOnlyList<string> Recipients, string Data)
{
    /// <summary>The data parsed as MIME. Dispose it.</summary>
    public MimeMessage Parse() => MimeMessage.Load(new MemoryStream(Encoding.Latin1.GetBytes(Data)));
}
