using Festival.Application.Email;
using Festival.Application.Outbox;
using Microsoft.Extensions.Options;

namespace Festival.Application.Accounts.Links;

/// <summary>Makes the one-time token at delivery time and sends the email holding the link.</summary>
internal sealed class SendAccountLinkHandler(IUserAccounts accounts, IEmailSender sender, IOptions<AccountOptions> options)
    : IOutboxMessageHandler<AccountLinkMessage>
{
    public async Task HandleAsync(AccountLinkMessage message, OutboxDelivery delivery, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(delivery);
        var account = await accounts.FindByIdAsync(message.UserId, cancellationToken);
        var token = account is null ? null : await accounts.CreateLinkTokenAsync(account.Id, message.Purpose, cancellationToken);
        if (account is null || token is null)
        {
            return; // the account is gone: nothing to send
        }

        var settings = options.Value;
        var page = message.Purpose == AccountLinkPurpose.ConfirmEmail ? "Account/ConfirmEmail" : "Account/ResetPassword";
        var link = new Uri(settings.PublicBaseUrl, $"{page}?userId={Uri.EscapeDataString(account.Id)}&token={Uri.EscapeDataString(token)}");
        var hours = Math.Round(settings.LinkLifetime.TotalHours, 1);
        var email = message.Purpose == AccountLinkPurpose.ConfirmEmail
            ? new EmailMessage(account.Email, "Confirm your email for Festival", $"""
                Hello,

                Please confirm that {account.Email} is your email address by opening this link:

                {link}

                The link works once and for {hours} hour(s). If you did not create a Festival account, ignore this email.

                The Festival team
                """)
            : new EmailMessage(account.Email, "Reset your Festival password", $"""
                Hello,

                Someone asked to reset the password of the Festival account for {account.Email}. To choose a new password, open:

                {link}

                The link works once and for {hours} hour(s). If it was not you, ignore this email: your password stays as it is.

                The Festival team
                """);
        await sender.SendAsync(email, delivery.IdempotencyKey, cancellationToken);
    }
}
