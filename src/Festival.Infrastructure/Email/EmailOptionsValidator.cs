using Microsoft.Extensions.Options;
using MimeKit;

namespace Festival.Infrastructure.Email;

/// <summary>Fails the start with a message naming the key, rather than the first email with an SMTP error.</summary>
internal sealed class EmailOptionsValidator : IValidateOptions<EmailOptions>
{
    public ValidateOptionsResult Validate(string? name, EmailOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (!Enum.IsDefined(options.Delivery))
        {
            failures.Add("Festival:Email:Delivery must be Pickup or Smtp.");
        }

        if (!Enum.IsDefined(options.Security))
        {
            failures.Add("Festival:Email:Security must be None, StartTls, SslOnConnect or Auto.");
        }

        if (!MailboxAddress.TryParse(options.FromAddress, out _) || !options.FromAddress.Contains('@', StringComparison.Ordinal))
        {
            failures.Add("Festival:Email:FromAddress must be an email address.");
        }

        if (options.Timeout <= TimeSpan.Zero)
        {
            failures.Add("Festival:Email:Timeout must be positive.");
        }

        if (options.Delivery == EmailDelivery.Smtp)
        {
            if (string.IsNullOrWhiteSpace(options.Host))
            {
                failures.Add("Festival:Email:Host must name the SMTP server when Delivery is Smtp.");
            }

            if (options.Port is < 1 or > 65535)
            {
                failures.Add("Festival:Email:Port must be between 1 and 65535.");
            }
        }
        else if (string.IsNullOrWhiteSpace(options.PickupFolder))
        {
            failures.Add("Festival:Email:PickupFolder must name a folder when Delivery is Pickup.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
