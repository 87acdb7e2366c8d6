namespace Festival.Application.Accounts.Links;

public enum AccountLinkPurpose
{
    ConfirmEmail,
    ResetPassword,
}

/// <summary>
/// An outbox message asking for an email with a one-time link. It carries no token: the token is made when the
/// email is sent, so no secret is ever stored in the outbox.
/// </summary>
public sealed record AccountLinkMessage(string UserId, AccountLinkPurpose Purpose);
