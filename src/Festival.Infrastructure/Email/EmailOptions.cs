namespace Festival.Infrastructure.Email;

/// <summary>The <c>Festival:Email</c> configuration section. The default writes .eml files, so a fresh clone needs no mail server.</summary>
public sealed class EmailOptions
{
    public const string Section = "Festival:Email";

    public EmailDelivery Delivery { get; set; } = EmailDelivery.Pickup;

    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    public SmtpSecurity Security { get; set; } = SmtpSecurity.Auto;

    /// <summary>When set, the sender authenticates with it and <see cref="Password"/>.</summary>
    public string? UserName { get; set; }

    public string? Password { get; set; }

    public string FromAddress { get; set; } = "festival@localhost";

    public string FromName { get; set; } = "Festival";

    /// <summary>Where <see cref="EmailDelivery.Pickup"/> writes; a relative path is relative to the app's content root.</summary>
    public string PickupFolder { get; set; } = "data/mail-pickup";

    /// <summary>How long one SMTP operation may take before the attempt fails and the outbox retries it later.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}
